<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class PracticePackage extends Model
{
    /**
     * @var array<int, string>
     */
    protected $fillable = ['name', 'sessions', 'price'];

    /**
     * @var array<string, string>
     */
    protected $casts = [
        'price' => 'decimal:2',
    ];

    public function orders()
    {
        return $this->hasMany(Order::class);
    }
}
