<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Order extends Model
{
    /**
     * @var array<int, string>
     */
    protected $fillable = ['user_id', 'practice_package_id', 'amount', 'status'];

    /**
     * @var array<string, string>
     */
    protected $casts = [
        'amount' => 'decimal:2',
    ];

    public function user()
    {
        return $this->belongsTo(User::class);
    }

    public function practicePackage()
    {
        return $this->belongsTo(PracticePackage::class);
    }
}
