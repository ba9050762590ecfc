<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Lesson extends Model
{
    /**
     * @var array<int, string>
     */
    protected $fillable = ['chapter_id', 'title', 'video_url', 'duration_seconds', 'position'];

    public function chapter()
    {
        return $this->belongsTo(Chapter::class);
    }
}
