-- Scan Urba's benchmark, step (e): what a PostGIS user does once the layers are loaded.
-- Tables as ogr2ogr loads them (lower-case names, geometry column "geom", Lambert-93):
--   zone_urba      the plan's zones (CNIG ZONE_URBA)
--   t_cheminement  the GraceTHD routes (cm_avct: E existing, C/T planned)
--   travaux        the planned works (lines)
-- ogr2ogr already builds a GiST index on each geometry column; the two queries read the
-- existing and the planned routes only, so each gets a partial GiST index of its own.

CREATE INDEX IF NOT EXISTS t_cheminement_existing_geom_idx
    ON t_cheminement USING gist (geom) WHERE cm_avct = 'E';
CREATE INDEX IF NOT EXISTS t_cheminement_planned_geom_idx
    ON t_cheminement USING gist (geom) WHERE cm_avct IN ('C', 'T');
ANALYZE zone_urba;
ANALYZE t_cheminement;
ANALYZE travaux;
