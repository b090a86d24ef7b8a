-- Orleans' membership table, for a cluster of silos on this database (Microsoft.Orleans.Clustering.AdoNet with the
-- invariant "Npgsql"). The provider issues only the queries stored in OrleansQuery, found by key; it binds parameters
-- by name (@DeploymentId, @Address, ...) and reads result columns by name, case-insensitively. It refuses to start
-- unless all nine keys below exist. A query that answers a yes/no question returns one row with one number: above
-- zero is yes. The table version is the membership protocol's optimistic-concurrency token: every change of a row
-- must name the version it read and move it on, all in one statement.

-- The provider reads this table by its unquoted name, which PostgreSQL folds to lower case.
CREATE TABLE orleansquery (
  querykey varchar(64) PRIMARY KEY,
  querytext text NOT NULL
);

-- One row per cluster (the provider calls the cluster id its deployment id).
CREATE TABLE orleans_membership_version (
  deployment_id text PRIMARY KEY,
  changed_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);

-- One row per silo incarnation (address, port and generation, which is its start time).
CREATE TABLE orleans_membership (
  deployment_id text NOT NULL REFERENCES orleans_membership_version (deployment_id),
  address text NOT NULL,
  port integer NOT NULL,
  generation integer NOT NULL,
  silo_name text NOT NULL,
  host_name text NOT NULL,
  status integer NOT NULL,
  proxy_port integer NOT NULL,
  suspect_times text,
  start_time timestamptz NOT NULL,
  i_am_alive_at timestamptz NOT NULL,
  PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', $q$
WITH inserted AS (
  INSERT INTO orleans_membership_version (deployment_id) VALUES (@DeploymentId)
  ON CONFLICT (deployment_id) DO NOTHING
  RETURNING 1
)
SELECT count(*) FROM inserted;
$q$),

-- The version row is changed first and only if nobody moved it on and the silo is new: its row lock makes a
-- concurrent writer wait and then find the version changed, so two writers never both succeed.
('InsertMembershipKey', $q$
WITH bumped AS (
  UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
  WHERE deployment_id = @DeploymentId AND version = @Version
    AND NOT EXISTS (SELECT 1 FROM orleans_membership m WHERE m.deployment_id = @DeploymentId
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
  RETURNING deployment_id
), inserted AS (
  INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port,
    start_time, i_am_alive_at)
  SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
  FROM bumped
  RETURNING 1
)
SELECT count(*) FROM inserted;
$q$),

('UpdateMembershipKey', $q$
WITH bumped AS (
  UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
  WHERE deployment_id = @DeploymentId AND version = @Version
    AND EXISTS (SELECT 1 FROM orleans_membership m WHERE m.deployment_id = @DeploymentId
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
  RETURNING deployment_id
), updated AS (
  UPDATE orleans_membership m SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_at = @IAmAliveTime
  FROM bumped
  WHERE m.deployment_id = bumped.deployment_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
  RETURNING 1
)
SELECT count(*) FROM updated;
$q$),

-- A heartbeat, not a membership change: it does not move the version.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleans_membership SET i_am_alive_at = @IAmAliveTime
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;
$q$),

-- The version row comes back even when the silo has no row yet (then every silo column is null).
('MembershipReadRowKey', $q$
SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
  m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
  m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_at AS IAmAliveTime, v.version AS Version
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
  AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
  m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
  m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_at AS IAmAliveTime, v.version AS Version
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId;
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId;
DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId;
$q$),

-- Silos with a gateway, for external clients; ConsensusLab's silos open none, so this usually finds nothing.
('GatewaysQueryKey', $q$
SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
FROM orleans_membership
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0;
$q$),

-- Rows of silos that are not active (status 3) and have not been heard from since the given time.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId AND i_am_alive_at < @IAmAliveTime AND status <> 3;
$q$);
