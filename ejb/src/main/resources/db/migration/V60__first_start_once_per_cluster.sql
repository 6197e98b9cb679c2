-- The first start's work (the first accounts, or the demo data) done by one node of a cluster only: each node's
-- start locks this row (SELECT ... FOR UPDATE) in the transaction that checks for and opens the first accounts, so a
-- node starting at the same moment waits for that transaction, then finds the accounts there and opens none. A node
-- that dies mid-way releases the lock with its connection, and the next node does the work.
INSERT INTO job_lease (job, runs) VALUES ('first start', 0);
