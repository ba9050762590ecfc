<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class IntegrationEvent extends Model
{
    /**
     * @var array<int, string>
     */
    protected $fillable = ['provider', 'event', 'payload', 'processed_at'];

    /**
     * @var array<string, string>
     */
    protected $casts = [
        'payload' => 'array',
        'processed_at' => 'datetime',
    ];
}
