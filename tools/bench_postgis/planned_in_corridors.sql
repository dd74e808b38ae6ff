-- Length of the planned RIP routes (GraceTHD cm_avct C or T) lying within :corridor_width
-- metres of planned works: Scan Urba's planned_routes_in_works_corridors_m, the headline
-- figure of trench sharing.
--
-- For each planned route, the works within reach (ST_DWithin, GiST index) are collected
-- and buffered in one call (round caps, 4 segments per quarter circle, as Scan Urba does),
-- which dissolves their corridors: a route inside several counts each metre once. The
-- route is cut by that corridor.
--
--   psql -X --csv -v corridor_width=15 -f planned_in_corridors.sql "service=my_db"
\if :{?corridor_width}
\else
  \set corridor_width 15
\endif

SELECT COALESCE(sum(ST_Length(ST_Intersection(c.geom, corridor.geom))), 0)
           AS planned_routes_in_works_corridors_m
FROM t_cheminement AS c
CROSS JOIN LATERAL (
    SELECT ST_Buffer(ST_Collect(w.geom), :corridor_width, 'quad_segs=4') AS geom
    FROM travaux AS w
    WHERE ST_DWithin(w.geom, c.geom, :corridor_width)
) AS corridor
WHERE c.cm_avct IN ('C', 'T')
  AND corridor.geom IS NOT NULL;
