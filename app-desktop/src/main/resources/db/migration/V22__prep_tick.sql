-- The engine now keeps one durable tick in db-scheduler's table instead of one wake-up per run:
-- each run's wake-up is its own wake_at, which the tick queries. Wake-ups of the former task are
-- dropped (the runs keep theirs in wake_at).
DELETE FROM scheduled_tasks WHERE task_name = 'prep-run';
CREATE INDEX prep_run_wake ON prep_run (wake_at);
