-- Share of each zone of the plan lying within :serving_distance metres of an existing duct
-- route: Scan Urba's zones_bilan.served_share_existing (rule L151-39/L151-5, serving).
--
-- For each zone, the routes within reach (ST_DWithin, answered by the GiST index) are
-- collected and buffered in one call (GEOS dissolves the buffers of a collection as it
-- builds them: cheaper than ST_Union of one buffer per route), and the zone is cut by that
-- reach. Buffers use 4 segments per quarter circle, as Scan Urba does. One row per zone,
-- zones out of reach at 0.
--
-- The reach of a zone is a function marked PARALLEL SAFE, not a LATERAL subquery: PostgreSQL
-- runs a correlated subquery in the leader process only, whereas each parallel worker calls
-- the function on its own share of the zones (the table is small on disk but its rows are
-- costly, which the planner's size threshold does not see: hence the setting below).
--
--   psql -X --csv -v serving_distance=100 -f served_share.sql "service=my_db" > shares.csv
\if :{?serving_distance}
\else
  \set serving_distance 100
\endif

CREATE OR REPLACE FUNCTION existing_routes_reach(zone geometry, distance float8)
RETURNS geometry
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT ST_Buffer(ST_Collect(c.geom), distance, 'quad_segs=4')
    FROM t_cheminement AS c
    WHERE c.cm_avct = 'E'
      AND ST_DWithin(c.geom, zone, distance)
$$;

SET min_parallel_table_scan_size = 0;

SELECT z.lib_idzone AS zone_id,
       COALESCE(ST_Area(ST_Intersection(z.geom, existing_routes_reach(z.geom, :serving_distance)))
                / NULLIF(ST_Area(z.geom), 0), 0) AS served_share_existing
FROM zone_urba AS z;
