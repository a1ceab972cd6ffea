package io.farmroutes.sandbox.flamenco;

/** A place where the real early-2015 Flamenco server departs from its documentation (spec §10); each can be off. */
public enum FlamencoQuirk {

    /** {@code PUT /jobs/{id}} with an unknown command: 200 and a zeroed job whose status is "400 BAD REQUEST". */
    ZEROED_JOB_ON_UNKNOWN_COMMAND,

    /** {@code DELETE /jobs/{id}} answers 204 and deletes nothing. */
    DELETE_JOB_DOES_NOTHING,

    /** {@code POST /settings} writes all seven settings; an omitted one becomes null. */
    SETTINGS_UPDATE_NULLS_OMITTED,

    /** {@code PUT /projects/{id}} writes all eight path fields; an omitted one becomes null. */
    PROJECT_UPDATE_NULLS_OMITTED,

    /** {@code GET /jobs} fails with 500 while any job has no tasks or no frame numbers. */
    JOB_LIST_FAILS_ON_TASKLESS_JOB,

    /** The job object's {@code priority} is a string ("50"). */
    PRIORITY_AS_STRING,

    /** The job object's {@code job_name} is null (except in the reply to an edit that sets it). */
    JOB_NAME_NULL_IN_JOB_OBJECT,

    /** {@code POST /workers} fails with 500; off, it sets the simulated workers' status. */
    WORKER_UPDATE_BROKEN,

    /** {@code GET /workers/{id}} answers 404; off, it returns the simulated worker's run_info. */
    WORKER_RECORDS_MISSING
}
