<?php

namespace App\Http\Controllers;

use App\Models\Certificate;

class CertificateController extends Controller
{
    /**
     * The ten most recently issued certificates.
     *
     * The audit's second critical query: latest() orders by created_at,
     * which has no index.
     *
     * @return \Illuminate\Contracts\View\View
     */
    public function index()
    {
        $certificates = Certificate::latest()->take(10)->get();

        return view('certificates.index', ['certificates' => $certificates]);
    }
}
