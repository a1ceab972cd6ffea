package io.farmroutes.sandbox.boinc;

/** One emulated PHP script of a BOINC project site; it writes to the call and may stop early with a BoincExit. */
interface BoincScript {

    void run(BoincCall call);
}
