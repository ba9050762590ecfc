<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Course extends Model
{
    /**
     * @var array<int, string>
     */
    protected $fillable = ['title', 'slug', 'description', 'published'];

    /**
     * @var array<string, string>
     */
    protected $casts = [
        'published' => 'boolean',
    ];

    public function chapters()
    {
        return $this->hasMany(Chapter::class);
    }

    public function certificates()
    {
        return $this->hasMany(Certificate::class);
    }
}
