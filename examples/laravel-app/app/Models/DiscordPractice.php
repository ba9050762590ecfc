<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class DiscordPractice extends Model
{
    /**
     * @var array<int, string>
     */
    protected $fillable = ['coach_id', 'title', 'discord_channel', 'start_at', 'duration_minutes', 'capacity'];

    /**
     * @var array<string, string>
     */
    protected $casts = [
        'start_at' => 'datetime',
    ];

    public function coach()
    {
        return $this->belongsTo(User::class, 'coach_id');
    }
}
