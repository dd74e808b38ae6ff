<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="38" />
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="233" />
        <source>Normalised plan and findings: {path}</source>
        <translation>Normalised plan and findings: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="274" />
        <source>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="277" />
        <source>Layers: {layers}</source>
        <translation>Layers: {layers}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="278" />
        <source>Emplacements réservés: {n}</source>
        <translation>Emplacements réservés: {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="289" />
        <source>Findings: {n}</source>
        <translation>Findings: {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="179" />
        <source>{path} already exists; choose another name or allow overwriting (--overwrite).</source>
        <translation>{path} already exists; choose another name or allow overwriting (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="150" />
        <source>Layer {layer} is not a CNIG table: it was not read.</source>
        <translation>Layer {layer} is not a CNIG table: it was not read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="154" />
        <source>Layer {layer} repeats table {table}: only {first} was read.</source>
        <translation>Layer {layer} repeats table {table}: only {first} was read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="203" />
        <source>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</source>
        <translation>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="203" />
        <source>Merge the perimeter into a single (multi)polygon row.</source>
        <translation>Merge the perimeter into a single (multi)polygon row.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="208" />
        <source>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</source>
        <translation>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="354" />
        <source>Mandatory field {field} is missing from {layer} (model {model}).</source>
        <translation>Mandatory field {field} is missing from {layer} (model {model}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="360" />
        <source>Mandatory field {field} is empty.</source>
        <translation>Mandatory field {field} is empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="363" />
        <source>Field {field} is absent; the standard wants it present, even empty.</source>
        <translation>Field {field} is absent; the standard wants it present, even empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="395" />
        <source>Code {value} of {field} is not in the list of model {model}.</source>
        <translation>Code {value} of {field} is not in the list of model {model}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="474" />
        <source>The geometry is empty or null.</source>
        <translation>The geometry is empty or null.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="478" />
        <source>Invalid geometry: {reason}.</source>
        <translation>Invalid geometry: {reason}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="449" />
        <source>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</source>
        <translation>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="449" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="449" />
        <source>Declare EPSG:2154 (or the overseas CRS of the standard).</source>
        <translation>Declare EPSG:2154 (or the overseas CRS of the standard).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="457" />
        <source>CRS {crs} is not one the CNIG standard allows.</source>
        <translation>CRS {crs} is not one the CNIG standard allows.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="461" />
        <source>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</source>
        <translation>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="470" />
        <source>The feature lies outside the validity domain of Lambert-93.</source>
        <translation>The feature lies outside the validity domain of Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="494" />
        <source>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</source>
        <translation>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="508" />
        <source>Gap of {area} m² between zones inside the document's perimeter.</source>
        <translation>Gap of {area} m² between zones inside the document's perimeter.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="533" />
        <source>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</source>
        <translation>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="545" />
        <source>Prescription labelled “{label}” has TYPEPSC {code}, not 05 (emplacement réservé).</source>
        <translation>Prescription labelled “{label}” has TYPEPSC {code}, not 05 (emplacement réservé).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="136" />
        <source>Scan Urba cannot start: missing Python libraries: {libs}. Install them for the Python of QGIS, then restart QGIS. {command}</source>
        <translation>Scan Urba cannot start: missing Python libraries: {libs}. Install them for the Python of QGIS, then restart QGIS. {command}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="146" />
        <source>Scan Urba: {libs} missing, needed only for {uses}. {command}</source>
        <translation>Scan Urba: {libs} missing, needed only for {uses}. {command}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="34" />
        <source>PostGIS inputs and outputs</source>
        <translation>PostGIS inputs and outputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="37" />
        <source>Scan Urba</source>
        <translation>Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="378" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="803" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1091" />
        <source>Cancelled or failed: see the log panel.</source>
        <translation>Cancelled or failed: see the log panel.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="39" />
        <source>Check a PLU or SCOT against digital-network articles</source>
        <translation>Check a PLU or SCOT against digital-network articles</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="48" />
        <source>&amp;Scan Urba</source>
        <translation>&amp;Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="58" />
        <source>1 – Read the inputs</source>
        <translation>1 – Read the inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="59" />
        <source>2 – Check and propose</source>
        <translation>2 – Check and propose</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="60" />
        <source>3 – Report</source>
        <translation>3 – Report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="23" />
        <source>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</source>
        <translation>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="26" />
        <source>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</source>
        <translation>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="37" />
        <source>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</source>
        <translation>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="37" />
        <source>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</source>
        <translation>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="37" />
        <source>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</source>
        <translation>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="41" />
        <source>Smallest overlap or gap reported (m²)</source>
        <translation>Smallest overlap or gap reported (m²)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="46" />
        <source>Normalised plan and findings (GeoPackage)</source>
        <translation>Normalised plan and findings (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="52" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="176" />
        <source>Summary (JSON)</source>
        <translation>Summary (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="176" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="47" />
        <source>Detected CNIG model</source>
        <translation>Detected CNIG model</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="179" />
        <source>Summary as JSON text</source>
        <translation>Summary as JSON text</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="73" />
        <source>Number of findings</source>
        <translation>Number of findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="35" />
        <source>Give a CNIG dataset (folder, zip or file) or CNIG layers.</source>
        <translation>Give a CNIG dataset (folder, zip or file) or CNIG layers.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/provider.py" line="37" />
        <source>Scan Urba – urban plans and digital networks</source>
        <translation>Scan Urba – urban plans and digital networks</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="37" />
        <source>{path} holds no vector table.</source>
        <translation>{path} holds no vector table.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="39" />
        <source>{n} tables read; checking them against the CNIG standard.</source>
        <translation>{n} tables read; checking them against the CNIG standard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/archives.py" line="23" />
        <source>{path} is not a readable zip archive ({error}).</source>
        <translation>{path} is not a readable zip archive ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/archives.py" line="28" />
        <source>Zip {path} was refused: entry “{name}” points outside the archive.</source>
        <translation>Zip {path} was refused: entry “{name}” points outside the archive.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="71" />
        <source>{path} cannot be opened: the file is damaged or not a supported format.</source>
        <translation>{path} cannot be opened: the file is damaged or not a supported format.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="111" />
        <source>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</source>
        <translation>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="116" />
        <source>Cannot write layer {layer} to {path}: {error}</source>
        <translation>Cannot write layer {layer} to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="144" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="524" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="528" />
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="536" />
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="536" />
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="68" />
        <source>No SUP_SUPPORT file in {path}.</source>
        <translation>No SUP_SUPPORT file in {path}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="168" />
        <source>{path}: columns {columns} are missing.</source>
        <translation>{path}: columns {columns} are missing.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="80" />
        <source>Line {line} has fewer fields than the ANFR format: the missing ones are read as empty.</source>
        <translation>Line {line} has fewer fields than the ANFR format: the missing ones are read as empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="92" />
        <source>Field {field} holds “{value}”, not a number.</source>
        <translation>Field {field} holds “{value}”, not a number.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="368" />
        <source>Support {sup}: its coordinates are impossible; it cannot be placed.</source>
        <translation>Support {sup}: its coordinates are impossible; it cannot be placed.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="110" />
        <source>Support {sup} lies outside metropolitan France: it is not placed in Lambert-93.</source>
        <translation>Support {sup} lies outside metropolitan France: it is not placed in Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="115" />
        <source>Line {line} has no SUP_ID: it is ignored.</source>
        <translation>Line {line} has no SUP_ID: it is ignored.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="42" />
        <source>{path} cannot be read: {error}</source>
        <translation>{path} cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="50" />
        <source>{path}: fields are not separated by “{sep}” (found another separator on line 1).</source>
        <translation>{path}: fields are not separated by “{sep}” (found another separator on line 1).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="142" />
        <source>Table {table} has no field {field}.</source>
        <translation>Table {table} has no field {field}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="162" />
        <source>{field} = {value} points to no row of {target}.</source>
        <translation>{field} = {value} points to no row of {target}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="172" />
        <source>Code {value} of {field} is not in the GraceTHD value list.</source>
        <translation>Code {value} of {field} is not in the GraceTHD value list.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="304" />
        <source>Table t_cheminement is absent: no route can be read.</source>
        <translation>Table t_cheminement is absent: no route can be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="398" />
        <source>Conduit {code} lies on no route (no t_cond_chem row).</source>
        <translation>Conduit {code} lies on no route (no t_cond_chem row).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="77" />
        <source>{path}, line {line}: expected “target=source field”.</source>
        <translation>{path}, line {line}: expected “target=source field”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="82" />
        <source>{path}: the mapping must be an object of target: source field.</source>
        <translation>{path}: the mapping must be an object of target: source field.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="94" />
        <source>Unknown target field(s) in the mapping: {fields}. Expected: {expected}.</source>
        <translation>Unknown target field(s) in the mapping: {fields}. Expected: {expected}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="102" />
        <source>Layer {layer}: field {source} (mapped to {target}) does not exist. Fields: {columns}.</source>
        <translation>Layer {layer}: field {source} (mapped to {target}) does not exist. Fields: {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="114" />
        <source>Layer {layer}: mandatory field(s) {missing} are not mapped. Map them (e.g. {example}) among: {columns}.</source>
        <translation>Layer {layer}: mandatory field(s) {missing} are not mapped. Map them (e.g. {example}) among: {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="146" />
        <source>The feature has no usable line or polygon geometry: it is ignored.</source>
        <translation>The feature has no usable line or polygon geometry: it is ignored.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="165" />
        <source>{field} = “{value}” is not a valid date.</source>
        <translation>{field} = “{value}” is not a valid date.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="170" />
        <source>The works end before they start.</source>
        <translation>The works end before they start.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="174" />
        <source>Nature “{value}” is not recognised: the works are kept as “autre”.</source>
        <translation>Nature “{value}” is not recognised: the works are kept as “autre”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="202" />
        <source>This line is neither telecom, electricity nor lighting: it is kept as “autre”.</source>
        <translation>This line is neither telecom, electricity nor lighting: it is kept as “autre”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="264" />
        <source>Zone type “{value}” is not RIP, AMII, AMEL or ZTD.</source>
        <translation>Zone type “{value}” is not RIP, AMII, AMEL or ZTD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="399" />
        <source>Line {line}: the coordinates cannot be read.</source>
        <translation>Line {line}: the coordinates cannot be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="26" />
        <source>Import a GraceTHD network (ducts and public FTTH network)</source>
        <translation>Import a GraceTHD network (ducts and public FTTH network)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="29" />
        <source>Reads GraceTHD-MCD: the v2 exchange format (shapefiles and `;` CSV with the l_* value lists, folder or zip), v2 tables loaded in PostGIS or SpatiaLite (as layers of the project), or a v3 GeoPackage. It builds one duct-network model: routes (t_cheminement) with implantation type, progress (existing, to build, under construction), phase, owner, manager and how many ducts they carry and how many are free; technical sites (NRO, SRO/PM) and chambers placed through t_noeud; radio sites; NRO/SRO zones. Orphan foreign keys, unknown codes and missing fields are reported as gracethd.* findings.</source>
        <translation>Reads GraceTHD-MCD: the v2 exchange format (shapefiles and `;` CSV with the l_* value lists, folder or zip), v2 tables loaded in PostGIS or SpatiaLite (as layers of the project), or a v3 GeoPackage. It builds one duct-network model: routes (t_cheminement) with implantation type, progress (existing, to build, under construction), phase, owner, manager and how many ducts they carry and how many are free; technical sites (NRO, SRO/PM) and chambers placed through t_noeud; radio sites; NRO/SRO zones. Orphan foreign keys, unknown codes and missing fields are reported as gracethd.* findings.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="40" />
        <source>GraceTHD file (v3 GeoPackage, or v2 zip)</source>
        <translation>GraceTHD file (v3 GeoPackage, or v2 zip)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="40" />
        <source>…or GraceTHD v2 exchange folder (shapefiles + CSV)</source>
        <translation>…or GraceTHD v2 exchange folder (shapefiles + CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="40" />
        <source>…or GraceTHD layers of the project (t_cheminement, t_noeud…)</source>
        <translation>…or GraceTHD layers of the project (t_cheminement, t_noeud…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="44" />
        <source>Duct network (GeoPackage)</source>
        <translation>Duct network (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="82" />
        <source>Give a GraceTHD dataset (folder, zip or GeoPackage) or layers.</source>
        <translation>Give a GraceTHD dataset (folder, zip or GeoPackage) or layers.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="66" />
        <source>Import antenna sites (ANFR, ARCEP)</source>
        <translation>Import antenna sites (ANFR, ARCEP)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="69" />
        <source>Reads the ANFR open data “installations radioélectriques de plus de 5 watts” (SUP_SUPPORT joined to SUP_STATION and SUP_EMETTEUR, with the reference tables of natures, owners and operators), converts the WGS84 degrees/minutes/seconds to Lambert-93 and keeps one row per support (SUP_ID) with its operators, technologies, owner, nature and height. Files may have a header or not, be UTF-8 or latin-1. The ARCEP “Mon réseau mobile” sites file can be given instead, or as well (zone blanche and New Deal flags).</source>
        <translation>Reads the ANFR open data “installations radioélectriques de plus de 5 watts” (SUP_SUPPORT joined to SUP_STATION and SUP_EMETTEUR, with the reference tables of natures, owners and operators), converts the WGS84 degrees/minutes/seconds to Lambert-93 and keeps one row per support (SUP_ID) with its operators, technologies, owner, nature and height. Files may have a header or not, be UTF-8 or latin-1. The ARCEP “Mon réseau mobile” sites file can be given instead, or as well (zone blanche and New Deal flags).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="79" />
        <source>ANFR SUP_SUPPORT file</source>
        <translation>ANFR SUP_SUPPORT file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="79" />
        <source>…or folder of the ANFR export</source>
        <translation>…or folder of the ANFR export</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="81" />
        <source>Folder of the ANFR reference tables (if elsewhere)</source>
        <translation>Folder of the ANFR reference tables (if elsewhere)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="84" />
        <source>ARCEP “Mon réseau mobile” sites (CSV)</source>
        <translation>ARCEP “Mon réseau mobile” sites (CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="84" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="87" />
        <source>Antenna sites (GeoPackage)</source>
        <translation>Antenna sites (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="92" />
        <source>Give an ANFR export or an ARCEP sites file.</source>
        <translation>Give an ANFR export or an ARCEP sites file.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="131" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="137" />
        <source>…or a mapping file (JSON or lines target=field)</source>
        <translation>…or a mapping file (JSON or lines target=field)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="140" />
        <source>Normalised layer (GeoPackage)</source>
        <translation>Normalised layer (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="154" />
        <source>The input layer cannot be read.</source>
        <translation>The input layer cannot be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="176" />
        <source>Import planned works (L49 declarations)</source>
        <translation>Import planned works (L49 declarations)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="179" />
        <source>No national format exists for works declared under L49 CPCE. Any line or polygon layer is read through a field mapping onto the Scan Urba schema: works_id, maitre_ouvrage (mandatory), nature (mandatory: voirie, eau, assainissement, électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut (mandatory), date_fin, date_declaration, etat. Usual field names are recognised without a mapping. Impossible dates and works ending before they start are reported.</source>
        <translation>No national format exists for works declared under L49 CPCE. Any line or polygon layer is read through a field mapping onto the Scan Urba schema: works_id, maitre_ouvrage (mandatory), nature (mandatory: voirie, eau, assainissement, électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut (mandatory), date_fin, date_declaration, etat. Usual field names are recognised without a mapping. Impossible dates and works ending before they start are reported.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="223" />
        <source>Identifier field</source>
        <translation>Identifier field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="189" />
        <source>Maître d'ouvrage field</source>
        <translation>Maître d'ouvrage field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="223" />
        <source>Nature field</source>
        <translation>Nature field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="190" />
        <source>Planned start field</source>
        <translation>Planned start field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="191" />
        <source>Planned end field</source>
        <translation>Planned end field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="192" />
        <source>Declaration date field</source>
        <translation>Declaration date field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="192" />
        <source>State field</source>
        <translation>State field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="213" />
        <source>Import aerial lines to bury</source>
        <translation>Import aerial lines to bury</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="224" />
        <source>Owner field</source>
        <translation>Owner field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="241" />
        <source>Import the RIP zoning (RIP / AMII / AMEL)</source>
        <translation>Import the RIP zoning (RIP / AMII / AMEL)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="250" />
        <source>Zone type field</source>
        <translation>Zone type field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="250" />
        <source>Operator field</source>
        <translation>Operator field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="84" />
        <source>{path} holds no GraceTHD table (t_cheminement, t_noeud…).</source>
        <translation>{path} holds no GraceTHD table (t_cheminement, t_noeud…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="138" />
        <source>Cannot write feature {n} of layer {layer} to {path}: {error}</source>
        <translation>Cannot write feature {n} of layer {layer} to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="209" />
        <source>ARCEP building files (imb_etat) are not summarised by inspect yet.</source>
        <translation>ARCEP building files (imb_etat) are not summarised by inspect yet.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="328" />
        <source>--param expects NAME=NUMBER, got “{item}”.</source>
        <translation>--param expects NAME=NUMBER, got “{item}”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="341" />
        <source>Unknown parameter(s) {names}. Known: {known}.</source>
        <translation>Unknown parameter(s) {names}. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="109" />
        <source>Result: {path}</source>
        <translation>Result: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="425" />
        <source>Model: {model} — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Model: {model} — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="432" />
        <source>Zones: {status}</source>
        <translation>Zones: {status}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="97" />
        <source>Not evaluated (missing input): {rules}</source>
        <translation>Not evaluated (missing input): {rules}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="59" />
        <source>Unknown parameter {name}. Known: {known}.</source>
        <translation>Unknown parameter {name}. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="24" />
        <source>Antenna sites of several operators close together: pooling candidates</source>
        <translation>Antenna sites of several operators close together: pooling candidates</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="46" />
        <source>Antenna site without fibre nearby</source>
        <translation>Antenna site without fibre nearby</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="127" />
        <source>Ask for the file early and propose pooling with existing sites.</source>
        <translation>Ask for the file early and propose pooling with existing sites.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="327" />
        <source>Fibre this site, ideally in a trench opened by planned works (see the opportunities).</source>
        <translation>Fibre this site, ideally in a trench opened by planned works (see the opportunities).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="157" />
        <source>Check with the RIP that the rest of the zone is in the deployment plan.</source>
        <translation>Check with the RIP that the rest of the zone is in the deployment plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="87" />
        <source>Trench-sharing opportunities</source>
        <translation>Trench-sharing opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="364" />
        <source>beneficiary of the ER</source>
        <translation>beneficiary of the ER</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="369" />
        <source>developer of the AU zone</source>
        <translation>developer of the AU zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="949" />
        <source>a RIP route to build</source>
        <translation>a RIP route to build</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="951" />
        <source>an antenna site to fibre</source>
        <translation>an antenna site to fibre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="952" />
        <source>an AU zone to equip</source>
        <translation>an AU zone to equip</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="953" />
        <source>a missing link between duct routes</source>
        <translation>a missing link between duct routes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="187" />
        <source>Number of opportunities</source>
        <translation>Number of opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="373" />
        <source>Full scan: compliance check and trench sharing</source>
        <translation>Full scan: compliance check and trench sharing</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Urban plan: file (GPU zip, GeoPackage…)</source>
        <translation>Urban plan: file (GPU zip, GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or urban plan: GPU folder</source>
        <translation>…or urban plan: GPU folder</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or urban plan: CNIG layers of the project</source>
        <translation>…or urban plan: CNIG layers of the project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>GraceTHD: file (v3 GeoPackage, v2 zip)</source>
        <translation>GraceTHD: file (v3 GeoPackage, v2 zip)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="132" />
        <source>…or GraceTHD v2 folder</source>
        <translation>…or GraceTHD v2 folder</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>ANFR export folder (SUP_SUPPORT…)</source>
        <translation>ANFR export folder (SUP_SUPPORT…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>ANFR reference tables folder (if elsewhere)</source>
        <translation>ANFR reference tables folder (if elsewhere)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>ARCEP sites file (CSV)</source>
        <translation>ARCEP sites file (CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="39" />
        <source>Planned works</source>
        <translation>Planned works</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Aerial lines to bury</source>
        <translation>Aerial lines to bury</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>RIP zoning (RIP/AMII/AMEL)</source>
        <translation>RIP zoning (RIP/AMII/AMEL)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Works field mapping file</source>
        <translation>Works field mapping file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Aerial lines field mapping file</source>
        <translation>Aerial lines field mapping file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>RIP zoning field mapping file</source>
        <translation>RIP zoning field mapping file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>SCOT (GPU folder or file)</source>
        <translation>SCOT (GPU folder or file)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="207" />
        <source>Default {value} {unit}. Source: {source}</source>
        <translation>Default {value} {unit}. Source: {source}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="215" />
        <source>Scan result (GeoPackage)</source>
        <translation>Scan result (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="228" />
        <source>Give the urban plan (file, GPU folder or layers).</source>
        <translation>Give the urban plan (file, GPU folder or layers).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="24" />
        <source>supports of different operators or owners closer than this form a cluster</source>
        <translation>supports of different operators or owners closer than this form a cluster</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="46" />
        <source>a support farther than this from a fibre route is to be fibred</source>
        <translation>a support farther than this from a fibre route is to be fibred</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="19" />
        <source>A and N zones, or outside the plan</source>
        <translation>A and N zones, or outside the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="19" />
        <source>AU zones (low end of the average)</source>
        <translation>AU zones (low end of the average)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="19" />
        <source>U zones (high end of the average)</source>
        <translation>U zones (high end of the average)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="19" />
        <source>U zones labelled UA (centre ancien)</source>
        <translation>U zones labelled UA (centre ancien)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="18" />
        <source>share of an AU zone inside a SCOT sector from which the sector applies to it</source>
        <translation>share of an AU zone inside a SCOT sector from which the sector applies to it</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="17" />
        <source>share of a zone a prescription must cover to count as covering it</source>
        <translation>share of a zone a prescription must cover to count as covering it</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>distance within which a site counts as inside an ER</source>
        <translation>distance within which a site counts as inside an ER</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>a need and an offer within this distance share a trench</source>
        <translation>a need and an offer within this distance share a trench</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>longest gap between the ends of existing duct routes reported as a missing link</source>
        <translation>longest gap between the ends of existing duct routes reported as a missing link</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>L49 threshold in agglomération</source>
        <translation>L49 threshold in agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>L49 threshold outside agglomération</source>
        <translation>L49 threshold outside agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>shorter shared stretches are ignored</source>
        <translation>shorter shared stretches are ignored</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1023" />
        <source>Report: {html} and {pdf} ({pages} pages)</source>
        <translation>Report: {html} and {pdf} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="414" />
        <source>Give --html and/or --pdf.</source>
        <translation>Give --html and/or --pdf.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="421" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="173" />
        <source>Scan Urba report</source>
        <translation>Scan Urba report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="202" />
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="274" />
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="82" />
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="122" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="263" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="101" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="89" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="89" />
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="85" />
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="318" />
        <source>Maître d'ouvrage</source>
        <translation>Maître d'ouvrage</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="84" />
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="318" />
        <source>L49 eligible</source>
        <translation>L49 eligible</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="93" />
        <source>L49 deadline</source>
        <translation>L49 deadline</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="100" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="65" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="383" />
        <source>Document (IDURBA)</source>
        <translation>Document (IDURBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="386" />
        <source>Scan date</source>
        <translation>Scan date</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="387" />
        <source>Scan Urba / QGIS</source>
        <translation>Scan Urba / QGIS</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="396" />
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="396" />
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="401" />
        <source>Document and inputs</source>
        <translation>Document and inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="436" />
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="485" />
        <source>Legal texts applied</source>
        <translation>Legal texts applied</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="527" />
        <source>Parameters of this run</source>
        <translation>Parameters of this run</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="527" />
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="101" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="82" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="239" />
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="408" />
        <source>Scan Urba – findings and opportunities</source>
        <translation>Scan Urba – findings and opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="512" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="454" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="653" />
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="653" />
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Urban plan (PLU, PLUi, SCOT)</source>
        <translation>Urban plan (PLU, PLUi, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="86" />
        <source>Serving distance</source>
        <translation>Serving distance</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="87" />
        <source>Antenna fibred within</source>
        <translation>Antenna fibred within</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="88" />
        <source>Pooling radius</source>
        <translation>Pooling radius</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="89" />
        <source>Trench corridor width</source>
        <translation>Trench corridor width</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="340" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="376" />
        <source>Run the scan</source>
        <translation>Run the scan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="390" />
        <source>Findings browser</source>
        <translation>Findings browser</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="990" />
        <source>Write the report</source>
        <translation>Write the report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="55" />
        <source>HTML report</source>
        <translation>HTML report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="55" />
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="57" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="60" />
        <source>Pages of the PDF</source>
        <translation>Pages of the PDF</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or GraceTHD layers of the project (PostGIS, SpatiaLite)</source>
        <translation>…or GraceTHD layers of the project (PostGIS, SpatiaLite)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="91" />
        <source>Overview: zones by status, findings and opportunities</source>
        <translation>Overview: zones by status, findings and opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="244" />
        <source>Zone of this page</source>
        <translation>Zone of this page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="457" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="127" />
        <source>{path} is not a Scan Urba result (no zones_bilan layer).</source>
        <translation>{path} is not a Scan Urba result (no zones_bilan layer).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="182" />
        <source>Layer {layer} ({table}) holds no feature.</source>
        <translation>Layer {layer} ({table}) holds no feature.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="311" />
        <source>Identifier {value} of {field} is used by several features.</source>
        <translation>Identifier {value} of {field} is used by several features.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="424" />
        <source>A {found} in table {table}: the feature is ignored by the checks.</source>
        <translation>A {found} in table {table}: the feature is ignored by the checks.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="96" />
        <source>Layer {name}: {file} has no {part} file beside it, so it cannot be read.</source>
        <translation>Layer {name}: {file} has no {part} file beside it, so it cannot be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="102" />
        <source>{file} is truncated ({actual} of {declared} bytes): the features past the cut have no geometry.</source>
        <translation>{file} is truncated ({actual} of {declared} bytes): the features past the cut have no geometry.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="94" />
        <source>Unexpected error in {alg}: {error} (details in the Scan Urba log).</source>
        <translation>Unexpected error in {alg}: {error} (details in the Scan Urba log).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="145" />
        <source>…or a PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…or a PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or urban plan: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…or urban plan: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or GraceTHD: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…or GraceTHD: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="220" />
        <source>Also write the results to PostGIS (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>Also write the results to PostGIS (PG:&lt;connection&gt; schema=&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="27" />
        <source>{dataset}: name the schema (schema=…).</source>
        <translation>{dataset}: name the schema (schema=…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="53" />
        <source>Cannot connect to PostgreSQL ({conninfo}): {error}</source>
        <translation>Cannot connect to PostgreSQL ({conninfo}): {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="64" />
        <source>Schema {schema} holds no table (or does not exist).</source>
        <translation>Schema {schema} holds no table (or does not exist).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="87" />
        <source>Table {schema}.{table} cannot be read through QGIS.</source>
        <translation>Table {schema}.{table} cannot be read through QGIS.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="105" />
        <source>Schema {schema} already exists; allow overwriting (--overwrite).</source>
        <translation>Schema {schema} already exists; allow overwriting (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="113" />
        <source>The results could not be copied to PostgreSQL.</source>
        <translation>The results could not be copied to PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="138" />
        <source>Technical point has no node ({value} is not in t_noeud).</source>
        <translation>Technical point has no node ({value} is not in t_noeud).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="150" />
        <source>The route has zero length.</source>
        <translation>The route has zero length.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="157" />
        <source>cm_long says {declared} m but the geometry measures {length} m.</source>
        <translation>cm_long says {declared} m but the geometry measures {length} m.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="169" />
        <source>Routes {a} and {b} overlap over {length} m (duplicate?).</source>
        <translation>Routes {a} and {b} overlap over {length} m (duplicate?).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="183" />
        <source>A route end lies more than {tol} m from any node.</source>
        <translation>A route end lies more than {tol} m from any node.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="199" />
        <source>Node {code} joins aerial and underground routes without a technical point (pole or chamber) for the transition.</source>
        <translation>Node {code} joins aerial and underground routes without a technical point (pole or chamber) for the transition.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="213" />
        <source>Conduit {code} lies on no route.</source>
        <translation>Conduit {code} lies on no route.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="221" />
        <source>Route {code} is declared as a duct (CONDUITE) but carries no conduit.</source>
        <translation>Route {code} is declared as a duct (CONDUITE) but carries no conduit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="400" />
        <source>Create a duct inventory…</source>
        <translation>Create a duct inventory…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="401" />
        <source>An empty GraceTHD inventory with forms, value lists, relations and snapping, added to this project.</source>
        <translation>An empty GraceTHD inventory with forms, value lists, relations and snapping, added to this project.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1038" />
        <source>Create a duct inventory</source>
        <translation>Create a duct inventory</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1046" />
        <source>Duct inventory created: {path}</source>
        <translation>Duct inventory created: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="61" />
        <source>4 – Duct inventory</source>
        <translation>4 – Duct inventory</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="25" />
        <source>Create a duct inventory (GraceTHD template)</source>
        <translation>Create a duct inventory (GraceTHD template)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="28" />
        <source>Creates an empty duct inventory in a GeoPackage, with GraceTHD field names and types (v2, or v3): routes (t_cheminement), conduits and the route↔conduit link, nodes and technical points, technical sites. It also writes a QGIS project (or adds the layers to the current one) with styles, attribute forms whose codes are picked from the GraceTHD value lists, default values (creation date, producer), relations (route → conduits, node → technical point) and snapping on nodes and route ends.</source>
        <translation>Creates an empty duct inventory in a GeoPackage, with GraceTHD field names and types (v2, or v3): routes (t_cheminement), conduits and the route↔conduit link, nodes and technical points, technical sites. It also writes a QGIS project (or adds the layers to the current one) with styles, attribute forms whose codes are picked from the GraceTHD value lists, default values (creation date, producer), relations (route → conduits, node → technical point) and snapping on nodes and route ends.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="134" />
        <source>GraceTHD version</source>
        <translation>GraceTHD version</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="39" />
        <source>Producer (organisme code, e.g. OR0001)</source>
        <translation>Producer (organisme code, e.g. OR0001)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="41" />
        <source>Add the layers to the current project</source>
        <translation>Add the layers to the current project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="44" />
        <source>Inventory (GeoPackage)</source>
        <translation>Inventory (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="46" />
        <source>QGIS project</source>
        <translation>QGIS project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="46" />
        <source>QGIS project (*.qgz)</source>
        <translation>QGIS project (*.qgz)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="79" />
        <source>Check a duct inventory before delivery</source>
        <translation>Check a duct inventory before delivery</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="82" />
        <source>Checks an inventory (the template, any GraceTHD v2/v3 dataset, or a PostGIS schema) for what a GraceTHD consumer would reject: route ends not on a node, duplicate or overlapping routes, zero-length routes, cm_long disagreeing with the geometry, conduits on no route, duct routes with no conduit, technical points with no node, unknown codes, missing mandatory fields, nodes joining aerial and underground routes without a technical point. Findings: findings_lin, findings_pct (rule ids inventory.*).</source>
        <translation>Checks an inventory (the template, any GraceTHD v2/v3 dataset, or a PostGIS schema) for what a GraceTHD consumer would reject: route ends not on a node, duplicate or overlapping routes, zero-length routes, cm_long disagreeing with the geometry, conduits on no route, duct routes with no conduit, technical points with no node, unknown codes, missing mandatory fields, nodes joining aerial and underground routes without a technical point. Findings: findings_lin, findings_pct (rule ids inventory.*).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="132" />
        <source>Inventory file (GeoPackage, GraceTHD zip)</source>
        <translation>Inventory file (GeoPackage, GraceTHD zip)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="94" />
        <source>Snapping tolerance (m)</source>
        <translation>Snapping tolerance (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="97" />
        <source>Findings (GeoPackage)</source>
        <translation>Findings (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="141" />
        <source>Give an inventory (file or folder).</source>
        <translation>Give an inventory (file or folder).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="124" />
        <source>Export an inventory to GraceTHD (v2 shapefile/CSV, v3 GeoPackage)</source>
        <translation>Export an inventory to GraceTHD (v2 shapefile/CSV, v3 GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="127" />
        <source>Writes the GraceTHD v2 exchange format (shapefiles in Windows-1252 and `;` CSV in UTF-8, as the GraceTHD rules require) into a folder, or a v3 GeoPackage. Reading the export back gives the same features and attributes.</source>
        <translation>Writes the GraceTHD v2 exchange format (shapefiles in Windows-1252 and `;` CSV in UTF-8, as the GraceTHD rules require) into a folder, or a v3 GeoPackage. Reading the export back gives the same features and attributes.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="137" />
        <source>Destination: folder (v2) or GeoPackage path (v3)</source>
        <translation>Destination: folder (v2) or GeoPackage path (v3)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="109" />
        <source>{path} holds no inventory table.</source>
        <translation>{path} holds no inventory table.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="123" />
        <source>The project {path} could not be written.</source>
        <translation>The project {path} could not be written.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="91" />
        <source>…or inventory layers of the project</source>
        <translation>…or inventory layers of the project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="359" />
        <source>{n} documents ({first} …)</source>
        <translation>{n} documents ({first} …)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="366" />
        <source>{n} communes ({first} … {last})</source>
        <translation>{n} communes ({first} … {last})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="139" />
        <source>Give a commune (name or INSEE code) or an extent.</source>
        <translation>Give a commune (name or INSEE code) or an extent.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="157" />
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="157" />
        <source>in progress ({status})</source>
        <translation>in progress ({status})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1100" />
        <source>served from the cache</source>
        <translation>served from the cache</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1100" />
        <source>downloaded</source>
        <translation>downloaded</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="481" />
        <source>{name} — {type}, {status}, updated on {date}; {origin}, {n} written pieces</source>
        <translation>{name} — {type}, {status}, updated on {date}; {origin}, {n} written pieces</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="487" />
        <source>Read: model {model}, {n} findings</source>
        <translation>Read: model {model}, {n} findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="502" />
        <source>--extent expects XMIN,YMIN,XMAX,YMAX in degrees, got “{text}”.</source>
        <translation>--extent expects XMIN,YMIN,XMAX,YMAX in degrees, got “{text}”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="73" />
        <source>the Géoportail de l'Urbanisme</source>
        <translation>the Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="74" />
        <source>API Carto (GPU module)</source>
        <translation>API Carto (GPU module)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="181" />
        <source>{service} answered HTTP {code} ({reason}) to {url}: the service is down or overloaded; try again later.</source>
        <translation>{service} answered HTTP {code} ({reason}) to {url}: the service is down or overloaded; try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="192" />
        <source>{service} did not answer within {timeout} s ({url}); try again later.</source>
        <translation>{service} did not answer within {timeout} s ({url}); try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="453" />
        <source>{service} cannot be reached at {host} ({reason}): check the network connection or the proxy, or try again later.</source>
        <translation>{service} cannot be reached at {host} ({reason}): check the network connection or the proxy, or try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="210" />
        <source>{service} sent an unreadable answer to {url} ({error}); try again later.</source>
        <translation>{service} sent an unreadable answer to {url} ({error}); try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="230" />
        <source>Several communes are named “{name}”: {listed}. Give the INSEE code.</source>
        <translation>Several communes are named “{name}”: {listed}. Give the INSEE code.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="233" />
        <source>No commune is named “{name}”; did you mean: {listed}?</source>
        <translation>No commune is named “{name}”; did you mean: {listed}?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="235" />
        <source>No commune is named “{name}”.</source>
        <translation>No commune is named “{name}”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="242" />
        <source>The Géoportail de l'Urbanisme knows no commune with INSEE code {insee}.</source>
        <translation>The Géoportail de l'Urbanisme knows no commune with INSEE code {insee}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="249" />
        <source>{name} ({insee}) no longer exists as a commune (merged into a new one): give the new commune.</source>
        <translation>{name} ({insee}) no longer exists as a commune (merged into a new one): give the new commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="253" />
        <source>{name} ({insee}) is under the national urbanism rules (RNU): it has no local urban plan to download. Its digital-network obligations come from the RNU and from any SCOT covering it.</source>
        <translation>{name} ({insee}) is under the national urbanism rules (RNU): it has no local urban plan to download. Its digital-network obligations come from the RNU and from any SCOT covering it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="271" />
        <source>The service returned {n} of {total} documents for a small tile; the list may be incomplete.</source>
        <translation>The service returned {n} of {total} documents for a small tile; the list may be incomplete.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="318" />
        <source>No document is published on the Géoportail de l'Urbanisme for {where}, although the commune is not marked as under the RNU: its plan may not be published yet (ask the commune or the DDT).</source>
        <translation>No document is published on the Géoportail de l'Urbanisme for {where}, although the commune is not marked as under the RNU: its plan may not be published yet (ask the commune or the DDT).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="332" />
        <source>The Géoportail de l'Urbanisme gave an unsafe file name “{name}”; the document was not downloaded.</source>
        <translation>The Géoportail de l'Urbanisme gave an unsafe file name “{name}”; the document was not downloaded.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="341" />
        <source>{name}: served from the cache (downloaded on {date}, unchanged since).</source>
        <translation>{name}: served from the cache (downloaded on {date}, unchanged since).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="380" />
        <source>The download of {name} stopped before its end ({error}); nothing was cached. Try again later.</source>
        <translation>The download of {name} stopped before its end ({error}); nothing was cached. Try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="384" />
        <source>The archive {name} is truncated ({received} of {expected} bytes); nothing was cached. Try again later.</source>
        <translation>The archive {name} is truncated ({received} of {expected} bytes); nothing was cached. Try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="406" />
        <source>{name} is a carte communale: it has sectors (SECTEUR_CC) and no règlement; within them the national rules (RNU) apply.</source>
        <translation>{name} is a carte communale: it has sectors (SECTEUR_CC) and no règlement; within them the national rules (RNU) apply.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="410" />
        <source>{commune} is covered by the PLUi “{title}” (partition {partition}): its archive covers every commune of the PLUi.</source>
        <translation>{commune} is covered by the PLUi “{title}” (partition {partition}): its archive covers every commune of the PLUi.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="415" />
        <source>{name} is not in force (legal status {status}): a document in progress.</source>
        <translation>{name} is not in force (legal status {status}): a document in progress.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>The archive {name} is truncated or damaged ({error}); nothing was cached. Try again later.</source>
        <translation>The archive {name} is truncated or damaged ({error}); nothing was cached. Try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="430" />
        <source>The archive {name} is damaged (entry {entry}); nothing was cached. Try again later.</source>
        <translation>The archive {name} is damaged (entry {entry}); nothing was cached. Try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="448" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="60" />
        <source>Download a plan from the Géoportail de l'Urbanisme</source>
        <translation>Download a plan from the Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="63" />
        <source>Finds the urban plan(s) in force or in progress for a commune (its name or INSEE code) or for an extent on the Géoportail de l'Urbanisme, downloads the CNIG archive with its written pieces and keeps it in a cache folder with its date: the next run is served from the cache unless the document changed on the portal (or a new download is forced). A commune under the RNU has no plan to download; a carte communale or a PLUi is said so. The archive opens with “Import and check a CNIG plan”. The services' addresses are settings (scan_urba/gpu/… or the SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL and SCAN_URBA_GEO_URL variables).</source>
        <translation>Finds the urban plan(s) in force or in progress for a commune (its name or INSEE code) or for an extent on the Géoportail de l'Urbanisme, downloads the CNIG archive with its written pieces and keeps it in a cache folder with its date: the next run is served from the cache unless the document changed on the portal (or a new download is forced). A commune under the RNU has no plan to download; a carte communale or a PLUi is said so. The archive opens with “Import and check a CNIG plan”. The services' addresses are settings (scan_urba/gpu/… or the SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL and SCAN_URBA_GEO_URL variables).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="74" />
        <source>Commune (name or INSEE code)</source>
        <translation>Commune (name or INSEE code)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="76" />
        <source>…or the documents within this extent</source>
        <translation>…or the documents within this extent</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="78" />
        <source>Cache folder (default: the profile's scan_urba/gpu_cache)</source>
        <translation>Cache folder (default: the profile's scan_urba/gpu_cache)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="81" />
        <source>Download again even if the cached copy is up to date</source>
        <translation>Download again even if the cached copy is up to date</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="83" />
        <source>Add the plan's layers to the project</source>
        <translation>Add the plan's layers to the project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="85" />
        <source>Archive of the first document</source>
        <translation>Archive of the first document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="86" />
        <source>Documents found, as JSON</source>
        <translation>Documents found, as JSON</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="104" />
        <source>Asking the Géoportail de l'Urbanisme…</source>
        <translation>Asking the Géoportail de l'Urbanisme…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="115" />
        <source>{name} ({type}, {status}): {path}</source>
        <translation>{name} ({type}, {status}): {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="336" />
        <source>Plan from the Géoportail de l'Urbanisme…</source>
        <translation>Plan from the Géoportail de l'Urbanisme…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="337" />
        <source>Download the plan of a commune (or of the map extent), cached, and use it as the urban plan.</source>
        <translation>Download the plan of a commune (or of the map extent), cached, and use it as the urban plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1064" />
        <source>Plan from the Géoportail de l'Urbanisme</source>
        <translation>Plan from the Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1064" />
        <source>Commune (name or INSEE code); leave empty for the map extent:</source>
        <translation>Commune (name or INSEE code); leave empty for the map extent:</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1100" />
        <source>{name} ({type}): {origin}</source>
        <translation>{name} ({type}): {origin}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="101" />
        <source>Cannot write layer {layer}: its {key} column, the layer's key, holds values that are {problem}.</source>
        <translation>Cannot write layer {layer}: its {key} column, the layer's key, holds values that are {problem}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="97" />
        <source>empty or not whole numbers</source>
        <translation>empty or not whole numbers</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="97" />
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="97" />
        <source>repeated</source>
        <translation>repeated</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="309" />
        <source>{n} urban plans lie in this extent, more than the {max} fetched at once: zoom in or give a commune.</source>
        <translation>{n} urban plans lie in this extent, more than the {max} fetched at once: zoom in or give a commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="315" />
        <source>No document is published on the Géoportail de l'Urbanisme within this extent.</source>
        <translation>No document is published on the Géoportail de l'Urbanisme within this extent.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="428" />
        <source>Document: {document}</source>
        <translation>Document: {document}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="172" />
        <source>Carte communale: the PLU provisions on digital networks (PADD, règlement, OAP) do not apply; only the trench-sharing opportunities and the antenna sites are reported.</source>
        <translation>Carte communale: the PLU provisions on digital networks (PADD, règlement, OAP) do not apply; only the trench-sharing opportunities and the antenna sites are reported.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/legal.py" line="339" />
        <source>R151-49 3° CU (or R123-9 16° if the plan's élaboration or révision began before 1 January 2016)</source>
        <translation>R151-49 3° CU (or R123-9 16° if the plan's élaboration or révision began before 1 January 2016)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="25" />
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="25" />
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="26" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="26" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="27" />
        <source>legal obligation</source>
        <translation>legal obligation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="27" />
        <source>compatibility</source>
        <translation>compatibility</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="28" />
        <source>faculty</source>
        <translation>faculty</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="28" />
        <source>good practice</source>
        <translation>good practice</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="30" />
        <source>PADD</source>
        <translation>PADD</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="30" />
        <source>rapport de présentation</source>
        <translation>rapport de présentation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="31" />
        <source>OAP</source>
        <translation>OAP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="54" />
        <source>written règlement</source>
        <translation>written règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="32" />
        <source>règlement graphique</source>
        <translation>règlement graphique</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="33" />
        <source>annexes</source>
        <translation>annexes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="33" />
        <source>outside the plan</source>
        <translation>outside the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="34" />
        <source>no observation</source>
        <translation>no observation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="38" />
        <source>not concerned</source>
        <translation>not concerned</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="50" />
        <source>planned works</source>
        <translation>planned works</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="39" />
        <source>ER road</source>
        <translation>ER road</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="40" />
        <source>AU zone</source>
        <translation>AU zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="40" />
        <source>burial</source>
        <translation>burial</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="41" />
        <source>missing link</source>
        <translation>missing link</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="43" />
        <source>RIP route to build</source>
        <translation>RIP route to build</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="44" />
        <source>zone far from the RIP</source>
        <translation>zone far from the RIP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="45" />
        <source>antenna site to fibre</source>
        <translation>antenna site to fibre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="46" />
        <source>line on electricity poles</source>
        <translation>line on electricity poles</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="47" />
        <source>aerial telecom line</source>
        <translation>aerial telecom line</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="49" />
        <source>urban plan</source>
        <translation>urban plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="49" />
        <source>GraceTHD network</source>
        <translation>GraceTHD network</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="50" />
        <source>ANFR antenna supports</source>
        <translation>ANFR antenna supports</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="51" />
        <source>aerial lines</source>
        <translation>aerial lines</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="51" />
        <source>RIP / AMII zoning</source>
        <translation>RIP / AMII zoning</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="52" />
        <source>SCOT sectors</source>
        <translation>SCOT sectors</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="52" />
        <source>agglomération</source>
        <translation>agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="254" />
        <source>(page {page})</source>
        <translation>(page {page})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="102" />
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="276" />
        <source>What the text does</source>
        <translation>What the text does</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="103" />
        <source>Part of the plan</source>
        <translation>Part of the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="263" />
        <source>The plan's words</source>
        <translation>The plan's words</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="280" />
        <source>Data quality ({n})</source>
        <translation>Data quality ({n})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="281" />
        <source>Defects of the files read (CNIG standard, GraceTHD, ANFR, works): they bear on the data, not on the legality of the plan, and are kept out of the legal summary.</source>
        <translation>Defects of the files read (CNIG standard, GraceTHD, ANFR, works): they bear on the data, not on the legality of the plan, and are kept out of the legal summary.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="285" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="285" />
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="64" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="341" />
        <source>Unit cost range (€/m)</source>
        <translation>Unit cost range (€/m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="384" />
        <source>Procedure and state</source>
        <translation>Procedure and state</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="384" />
        <source>not given in DOC_URBA</source>
        <translation>not given in DOC_URBA</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="385" />
        <source>Content of the plan</source>
        <translation>Content of the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="413" />
        <source>(no article: good practice)</source>
        <translation>(no article: good practice)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="434" />
        <source>{n} data-quality findings (see below, kept apart).</source>
        <translation>{n} data-quality findings (see below, kept apart).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="436" />
        <source>Legal summary by article and opinion</source>
        <translation>Legal summary by article and opinion</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="486" />
        <source>Legal references and the versions checked</source>
        <translation>Legal references and the versions checked</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>Scan Urba default</source>
        <translation>Scan Urba default</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="37" />
        <source>Antenna support in a protected area or in an A or N zone</source>
        <translation>Antenna support in a protected area or in an A or N zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="58" />
        <source>Planned radio installation: information file to the maire</source>
        <translation>Planned radio installation: information file to the maire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="65" />
        <source>Blanket ban on antennas in the written règlement</source>
        <translation>Blanket ban on antennas in the written règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="80" />
        <source>an espace boisé classé (L113-1)</source>
        <translation>an espace boisé classé (L113-1)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="81" />
        <source>a protected landscape or heritage element (L151-19)</source>
        <translation>a protected landscape or heritage element (L151-19)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="82" />
        <source>an ecological continuity (L151-23)</source>
        <translation>an ecological continuity (L151-23)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="83" />
        <source>a remarkable coastal area (L121-23)</source>
        <translation>a remarkable coastal area (L121-23)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="84" />
        <source>a protected mountain heritage area (L122-9)</source>
        <translation>a protected mountain heritage area (L122-9)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="210" />
        <source>{n} supports less than {radius} from one another carry {ops}: they are candidates for pooling.</source>
        <translation>{n} supports less than {radius} from one another carry {ops}: they are candidates for pooling.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="210" />
        <source>Invite the operators to share one site (concertation préalable) before any new mast.</source>
        <translation>Invite the operators to share one site (concertation préalable) before any new mast.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="249" />
        <source>zone {zone}, where the règlement may allow installations needed by collective equipment (L151-11)</source>
        <translation>zone {zone}, where the règlement may allow installations needed by collective equipment (L151-11)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="251" />
        <source>Check that the planned support is compatible with the protection, or favour a site outside it.</source>
        <translation>Check that the planned support is compatible with the protection, or favour a site outside it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="251" />
        <source>Favour pooling on this site rather than new masts nearby.</source>
        <translation>Favour pooling on this site rather than new masts nearby.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="18" />
        <source>Compatibility with the SCOT's digital sectors (point of vigilance)</source>
        <translation>Compatibility with the SCOT's digital sectors (point of vigilance)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="47" />
        <source>Point of vigilance (compatibility with the SCOT): zone {label}, open to building, lies {inside} inside a SCOT sector whose opening is subject to reinforced digital criteria; no L151-40 sector (27-00) is digitised on it.</source>
        <translation>Point of vigilance (compatibility with the SCOT): zone {label}, open to building, lies {inside} inside a SCOT sector whose opening is subject to reinforced digital criteria; no L151-40 sector (27-00) is digitised on it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="47" />
        <source>Show how the règlement or the OAP of this zone carry the SCOT's reinforced criteria (compatibility is judged overall).</source>
        <translation>Show how the règlement or the OAP of this zone carry the SCOT's reinforced criteria (compatibility is judged overall).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>Buildable zones reached by the RIP (diagnostic of the rapport de présentation)</source>
        <translation>Buildable zones reached by the RIP (diagnostic of the rapport de présentation)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>Scan Urba default: reach of a drop connection from a chamber or pole of the RIP</source>
        <translation>Scan Urba default: reach of a drop connection from a chamber or pole of the RIP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>distance to a RIP route within which land counts as reached</source>
        <translation>distance to a RIP route within which land counts as reached</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>below this share a zone is reported as not reached</source>
        <translation>below this share a zone is reported as not reached</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>from this share a zone is reached</source>
        <translation>from this share a zone is reached</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>share of a zone in an AMII, AMEL or ZTD area from which it is left out</source>
        <translation>share of a zone in an AMII, AMEL or ZTD area from which it is left out</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="122" />
        <source>Measured on the PBO zones (zones arrière) of the GraceTHD export.</source>
        <translation>Measured on the PBO zones (zones arrière) of the GraceTHD export.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="126" />
        <source>Measured on the RIP routes within {distance} m; a route may carry no cable.</source>
        <translation>Measured on the RIP routes within {distance} m; a route may carry no cable.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="144" />
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="148" />
        <source>Zone {label} ({area}): no RIP network recorded nearby ({existing} of the zone within reach); FttH serving to be checked with the operator. {basis}</source>
        <translation>Zone {label} ({area}): no RIP network recorded nearby ({existing} of the zone within reach); FttH serving to be checked with the operator. {basis}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="148" />
        <source>Check the zone's FttH serving with the RIP and state it in the diagnostic of the rapport de présentation.</source>
        <translation>Check the zone's FttH serving with the RIP and state it in the diagnostic of the rapport de présentation.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="23" />
        <source>Reinforced digital criteria in zones open to building</source>
        <translation>Reinforced digital criteria in zones open to building</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="45" />
        <source>PADD orientation on digital communications</source>
        <translation>PADD orientation on digital communications</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="74" />
        <source>No sector under article L151-40 (R151-50 2°, CNIG code 27-00) is delimited on zone {label}, open to building.</source>
        <translation>No sector under article L151-40 (R151-50 2°, CNIG code 27-00) is delimited on zone {label}, open to building.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="74" />
        <source>The règlement may set reinforced criteria there: number and diameter of ducts, chambers at lot boundaries, a site reserved for the mutualisation point, capacity for business-grade offers in activity zones (beyond the building code's minimum of fibre in new buildings).</source>
        <translation>The règlement may set reinforced criteria there: number and diameter of ducts, chambers at lot boundaries, a site reserved for the mutualisation point, capacity for business-grade offers in activity zones (beyond the building code's minimum of fibre in new buildings).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="15" />
        <source>the PADD was not provided</source>
        <translation>the PADD was not provided</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="18" />
        <source>Give the PADD (Pieces_ecrites/2_PADD) to evaluate this point.</source>
        <translation>Give the PADD (Pieces_ecrites/2_PADD) to evaluate this point.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="143" />
        <source>The PADD sets an orientation on digital communications (page {page}).</source>
        <translation>The PADD sets an orientation on digital communications (page {page}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="148" />
        <source>The PADD ({source}) sets no general orientation on the development of digital communications: no passage on them was found in its text.</source>
        <translation>The PADD ({source}) sets no general orientation on the development of digital communications: no passage on them was found in its text.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="148" />
        <source>Complete the PADD with general orientations on digital communications (L151-5), consistent with the SDTAN and the RIP.</source>
        <translation>Complete the PADD with general orientations on digital communications (L151-5), consistent with the SDTAN and the RIP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>Planned public network site: is a reservation useful?</source>
        <translation>Planned public network site: is a reservation useful?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>Scan Urba default (digitising precision)</source>
        <translation>Scan Urba default (digitising precision)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="49" />
        <source>Future public road (ER 05-01): ducts to lay with the road</source>
        <translation>Future public road (ER 05-01): ducts to lay with the road</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="176" />
        <source>Unless the public body already owns the land, the règlement graphique may reserve it: ER 05-02 or 05-03, or a servitude de localisation 05-06 in U and AU zones.</source>
        <translation>Unless the public body already owns the land, the règlement graphique may reserve it: ER 05-02 or 05-03, or a servitude de localisation 05-06 in U and AU zones.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="339" />
        <source>Agree with the RIP on the ducts to lay in the road works (see the trench-sharing opportunities).</source>
        <translation>Agree with the RIP on the ducts to lay in the road works (see the trench-sharing opportunities).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="17" />
        <source>E-communications rule of the règlement in zones open to building</source>
        <translation>E-communications rule of the règlement in zones open to building</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="63" />
        <source>the chapter of this zone was not found in the written règlement</source>
        <translation>the chapter of this zone was not found in the written règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="64" />
        <source>No e-communications prescription (CNIG code 47-05) is digitised on zone {label}, open to building; {why}: to be checked.</source>
        <translation>No e-communications prescription (CNIG code 47-05) is digitised on zone {label}, open to building; {why}: to be checked.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="64" />
        <source>Check the “desserte par les réseaux” article of the zone in the written règlement.</source>
        <translation>Check the “desserte par les réseaux” article of the zone in the written règlement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="71" />
        <source>requires only the burial of networks</source>
        <translation>requires only the burial of networks</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="72" />
        <source>says nothing of electronic communications</source>
        <translation>says nothing of electronic communications</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/rule.py" line="239" />
        <source>{article}, page {page}</source>
        <translation>{article}, page {page}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/rule.py" line="238" />
        <source>zone chapter</source>
        <translation>zone chapter</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="74" />
        <source>Zone {label}, open to building: the written règlement ({where}) {level}, and no 47-05 prescription is digitised.</source>
        <translation>Zone {label}, open to building: the written règlement ({where}) {level}, and no 47-05 prescription is digitised.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="74" />
        <source>The règlement may require ducts and chambers for electronic communications in new constructions and developments of this zone.</source>
        <translation>The règlement may require ducts and chambers for electronic communications in new constructions and developments of this zone.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="547" />
        <source>{n} route(s) have no usable cm_avct: their progress (existing or planned) is taken from the study phase cm_statut.</source>
        <translation>{n} route(s) have no usable cm_avct: their progress (existing or planned) is taken from the study phase cm_statut.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="552" />
        <source>{n} route(s) have neither cm_avct nor cm_statut: their progress is unknown and they count neither as existing nor as planned.</source>
        <translation>{n} route(s) have neither cm_avct nor cm_statut: their progress is unknown and they count neither as existing nor as planned.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>Scan Urba default: about a street</source>
        <translation>Scan Urba default: about a street</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>time to send a reasoned request (six weeks)</source>
        <translation>time to send a reasoned request (six weeks)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="950" />
        <source>a zone with no RIP network recorded nearby</source>
        <translation>a zone with no RIP network recorded nearby</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="954" />
        <source>a telecom line on electricity poles to bury</source>
        <translation>a telecom line on electricity poles to bury</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1010" />
        <source>L49 window closed on {date}: propose a joint-laying agreement.</source>
        <translation>L49 window closed on {date}: propose a joint-laying agreement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1020" />
        <source>Road or lighting works (not L49): ask for roadworks coordination (L115-1 / L131-7 of the Code de la voirie routière) and a joint-laying agreement.</source>
        <translation>Road or lighting works (not L49): ask for roadworks coordination (L115-1 / L131-7 of the Code de la voirie routière) and a joint-laying agreement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="95" />
        <source>data quality</source>
        <translation>data quality</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Règlement (written piece: PDF, ODT, DOCX, CNIG XML)</source>
        <translation>Règlement (written piece: PDF, ODT, DOCX, CNIG XML)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>PADD (written piece)</source>
        <translation>PADD (written piece)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>OAP (written pieces)</source>
        <translation>OAP (written pieces)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="329" />
        <source>Check the plan (L151-5, L151-40, L151-41, R151-49, SCOT, antenna sites)</source>
        <translation>Check the plan (L151-5, L151-40, L151-41, R151-49, SCOT, antenna sites)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="353" />
        <source>Propose trench sharing (L49 CPCE, roadworks coordination, burial of aerial lines)</source>
        <translation>Propose trench sharing (L49 CPCE, roadworks coordination, burial of aerial lines)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="170" />
        <source>SCOT: the PLU provisions on digital networks do not apply; the SCOT's PAS and DOO are not analysed (not evaluated).</source>
        <translation>SCOT: the PLU provisions on digital networks do not apply; the SCOT's PAS and DOO are not analysed (not evaluated).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="242" />
        <source>Règlement: {source}</source>
        <translation>Règlement: {source}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="244" />
        <source>unreadable: {reason}</source>
        <translation>unreadable: {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="246" />
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="252" />
        <source>Blanket ban of relay antennas (page {page}): {quote}</source>
        <translation>Blanket ban of relay antennas (page {page}): {quote}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="257" />
        <source>orientation on digital communications, page {page}</source>
        <translation>orientation on digital communications, page {page}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="259" />
        <source>no orientation on digital communications found</source>
        <translation>no orientation on digital communications found</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="260" />
        <source>PADD: {source}: {state}</source>
        <translation>PADD: {source}: {state}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="262" />
        <source>OAP {zones} (page {page}): {quote}</source>
        <translation>OAP {zones} (page {page}): {quote}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="251" />
        <source>pages {pages} have no text layer: the chapter may be there</source>
        <translation>pages {pages} have no text layer: the chapter may be there</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="256" />
        <source>pages {pages} of the chapter have no text layer (scans): not read</source>
        <translation>pages {pages} of the chapter have no text layer (scans): not read</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/locate.py" line="119" />
        <source>{file}: cannot be read from the archive ({error}).</source>
        <translation>{file}: cannot be read from the archive ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/reading.py" line="45" />
        <source>{file}: empty file (0 bytes).</source>
        <translation>{file}: empty file (0 bytes).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/office.py" line="61" />
        <source>{file}: damaged {fmt} document ({member} missing).</source>
        <translation>{file}: damaged {fmt} document ({member} missing).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="125" />
        <source>{file}: damaged archive ({error}).</source>
        <translation>{file}: damaged archive ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/office.py" line="72" />
        <source>{file}: the document holds no text.</source>
        <translation>{file}: the document holds no text.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="78" />
        <source>{file}: the pypdf library is missing (see the plugin's dependency message).</source>
        <translation>{file}: the pypdf library is missing (see the plugin's dependency message).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="83" />
        <source>{file}: not a PDF file.</source>
        <translation>{file}: not a PDF file.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="95" />
        <source>{file}: encrypted PDF (a password is needed to read it).</source>
        <translation>{file}: encrypted PDF (a password is needed to read it).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="100" />
        <source>{file}: damaged PDF ({error}).</source>
        <translation>{file}: damaged PDF ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="105" />
        <source>{file}: damaged PDF (no page found).</source>
        <translation>{file}: damaged PDF (no page found).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/plain.py" line="45" />
        <source>{file}: the file holds no text.</source>
        <translation>{file}: the file holds no text.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/plain.py" line="63" />
        <source>{file}: the page holds no text.</source>
        <translation>{file}: the page holds no text.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/reading.py" line="58" />
        <source>{file}: larger than {n} MB, not read.</source>
        <translation>{file}: larger than {n} MB, not read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/reading.py" line="63" />
        <source>{file}: cannot be opened ({error}).</source>
        <translation>{file}: cannot be opened ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="14" />
        <source>ducts required</source>
        <translation>ducts required</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="15" />
        <source>connection required</source>
        <translation>connection required</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="16" />
        <source>burial only</source>
        <translation>burial only</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="137" />
        <source>nothing on electronic communications</source>
        <translation>nothing on electronic communications</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="18" />
        <source>no chapter found for this zone</source>
        <translation>no chapter found for this zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="19" />
        <source>blanket ban of relay antennas</source>
        <translation>blanket ban of relay antennas</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="20" />
        <source>orientation on digital communications</source>
        <translation>orientation on digital communications</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="21" />
        <source>digital provision</source>
        <translation>digital provision</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="32" />
        <source>Règlement</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="69" />
        <source>Written pieces: what the plan says, zone by zone</source>
        <translation>Written pieces: what the plan says, zone by zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="72" />
        <source>Piece</source>
        <translation>Piece</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/atomic.py" line="17" />
        <source>{path} already exists: choose another file, or tick « Replace result files that already exist » (--overwrite on the command line).</source>
        <translation>{path} already exists: choose another file, or tick « Replace result files that already exist » (--overwrite on the command line).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="68" />
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="111" />
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="105" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="61" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="104" />
        <source>Quoted text</source>
        <translation>Quoted text</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="77" />
        <source>not read: {reason}</source>
        <translation>not read: {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="96" />
        <source>Read from: {files}.</source>
        <translation>Read from: {files}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/sru.py" line="106" />
        <source>{file}: no plu:Titre element: not a CNIG SRU règlement.</source>
        <translation>{file}: no plu:Titre element: not a CNIG SRU règlement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/sru.py" line="191" />
        <source>{file}: damaged JSON ({error}).</source>
        <translation>{file}: damaged JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/sru.py" line="208" />
        <source>{file}: no “titre”: not a CNIG SRU règlement.</source>
        <translation>{file}: no “titre”: not a CNIG SRU règlement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="86" />
        <source>{file}: XML larger than {n} MB refused.</source>
        <translation>{file}: XML larger than {n} MB refused.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="92" />
        <source>{file}: XML with a DOCTYPE or entity declarations refused (entity expansion).</source>
        <translation>{file}: XML with a DOCTYPE or entity declarations refused (entity expansion).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="99" />
        <source>{file}: damaged XML ({error}).</source>
        <translation>{file}: damaged XML ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="109" />
        <source>{file}: archive member {member} inflates to {n} bytes, refused (zip bomb).</source>
        <translation>{file}: archive member {member} inflates to {n} bytes, refused (zip bomb).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="114" />
        <source>{file}: archive member {member} inflates beyond its declared size, refused (zip bomb).</source>
        <translation>{file}: archive member {member} inflates beyond its declared size, refused (zip bomb).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="152" />
        <source>{file}: unknown text encoding (neither UTF-8, UTF-16 with a BOM nor Windows-1252).</source>
        <translation>{file}: unknown text encoding (neither UTF-8, UTF-16 with a BOM nor Windows-1252).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="34" />
        <source>reading the plan's PDF written pieces</source>
        <translation>reading the plan's PDF written pieces</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="393" />
        <source>Written pieces</source>
        <translation>Written pieces</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="95" />
        <source>Open the piece at this page</source>
        <translation>Open the piece at this page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="99" />
        <source>No written piece was read for this scan.</source>
        <translation>No written piece was read for this scan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Written règlement (else found in the GPU folder)</source>
        <translation>Written règlement (else found in the GPU folder)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>PADD (else found in the GPU folder)</source>
        <translation>PADD (else found in the GPU folder)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>OAP (else found in the GPU folder)</source>
        <translation>OAP (else found in the GPU folder)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/read_pieces.py" line="31" />
        <source>Read the written pieces (règlement, PADD, OAP)</source>
        <translation>Read the written pieces (règlement, PADD, OAP)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/read_pieces.py" line="34" />
        <source>Reads the règlement (PDF, CNIG SRU XML or JSON, ODT, DOCX, HTML, text), the PADD and the OAP. For each zone the règlement names (or each label given), it gives the level of its electronic-communications provision (ducts, connection, burial, absent, or chapter not found) with the article, the page and the sentence quoted; blanket bans of relay antennas; whether the PADD states an orientation on digital communications (L151-5); the OAP's digital provisions. A scanned, encrypted or damaged piece is reported unreadable with the reason, never silent.</source>
        <translation>Reads the règlement (PDF, CNIG SRU XML or JSON, ODT, DOCX, HTML, text), the PADD and the OAP. For each zone the règlement names (or each label given), it gives the level of its electronic-communications provision (ducts, connection, burial, absent, or chapter not found) with the article, the page and the sentence quoted; blanket bans of relay antennas; whether the PADD states an orientation on digital communications (L151-5); the OAP's digital provisions. A scanned, encrypted or damaged piece is reported unreadable with the reason, never silent.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/read_pieces.py" line="47" />
        <source>Zone labels to grade (comma-separated; default: those the règlement names)</source>
        <translation>Zone labels to grade (comma-separated; default: those the règlement names)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/read_pieces.py" line="50" />
        <source>What the pieces say (GeoPackage table reglement_dispositions)</source>
        <translation>What the pieces say (GeoPackage table reglement_dispositions)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="16" />
        <source>the written règlement was not provided</source>
        <translation>the written règlement was not provided</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="432" />
        <source>Zoom to it</source>
        <translation>Zoom to it</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="433" />
        <source>Open the page in the règlement</source>
        <translation>Open the page in the règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="569" />
        <source>, page {page}</source>
        <translation>, page {page}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="501" />
        <source>Write the opinion</source>
        <translation>Write the opinion</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="502" />
        <source>Runs the scan, then writes the département's draft opinion (ODT, DOCX) and its PDF atlas, and opens it.</source>
        <translation>Runs the scan, then writes the département's draft opinion (ODT, DOCX) and its PDF atlas, and opens it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="949" />
        <source>Writing the opinion…</source>
        <translation>Writing the opinion…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="239" />
        <source>{path} holds several documents: the opinion needs the plan to tell their zones apart.</source>
        <translation>{path} holds several documents: the opinion needs the plan to tell their zones apart.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="242" />
        <source>{path}: no document (IDURBA) found in the scan.</source>
        <translation>{path}: no document (IDURBA) found in the scan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="267" />
        <source>Opinion {i}/{n}: {doc}</source>
        <translation>Opinion {i}/{n}: {doc}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="460" />
        <source>Draft opinion (avis) of the département, with its atlas</source>
        <translation>Draft opinion (avis) of the département, with its atlas</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="482" />
        <source>Folder of the opinions and atlases</source>
        <translation>Folder of the opinions and atlases</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Date the file was received (YYYY-MM-DD)</source>
        <translation>Date the file was received (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Date the draft was adopted, arrêt (YYYY-MM-DD)</source>
        <translation>Date the draft was adopted, arrêt (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Signatory block (default: settings)</source>
        <translation>Signatory block (default: settings)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Language of the opinion (fr or en)</source>
        <translation>Language of the opinion (fr or en)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="513" />
        <source>Logo (PNG; default: settings)</source>
        <translation>Logo (PNG; default: settings)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="516" />
        <source>Opinions folder</source>
        <translation>Opinions folder</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="517" />
        <source>Number of opinions</source>
        <translation>Number of opinions</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="518" />
        <source>Files written (JSON)</source>
        <translation>Files written (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="554" />
        <source>Date of receipt</source>
        <translation>Date of receipt</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="554" />
        <source>Date of arrêt</source>
        <translation>Date of arrêt</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="88" />
        <source>Findings (sites)</source>
        <translation>Findings (sites)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="88" />
        <source>Findings (lines)</source>
        <translation>Findings (lines)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="89" />
        <source>Findings (areas)</source>
        <translation>Findings (areas)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/algorithm_task.py" line="32" />
        <source>The algorithm could not start.</source>
        <translation>The algorithm could not start.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="195" />
        <source>file or folder…</source>
        <translation>file or folder…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="195" />
        <source>files…</source>
        <translation>files…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="195" />
        <source>file…</source>
        <translation>file…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="205" />
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="220" />
        <source>— a file or folder below —</source>
        <translation>— a file or folder below —</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="220" />
        <source>— a file below —</source>
        <translation>— a file below —</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="315" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="316" />
        <source>Optional: the more you give, the more is checked</source>
        <translation>Optional: the more you give, the more is checked</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="318" />
        <source>More inputs</source>
        <translation>More inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="357" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="372" />
        <source>Result file (GeoPackage, replaced if it exists)</source>
        <translation>Result file (GeoPackage, replaced if it exists)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="391" />
        <source>Write the report…</source>
        <translation>Write the report…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="392" />
        <source>Open the report</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="747" />
        <source>To fix: « {field} » — {help}</source>
        <translation>To fix: « {field} » — {help}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="792" />
        <source>« {field} » is required.</source>
        <translation>« {field} » is required.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="860" />
        <source>The scan stopped without giving a reason.</source>
        <translation>The scan stopped without giving a reason.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="861" />
        <source>The scan failed: {reason}</source>
        <translation>The scan failed: {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1006" />
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1017" />
        <source>The report could not be written: {reason}</source>
        <translation>The report could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1017" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The GPU folder as downloaded (or its zip), a GeoPackage, or the CNIG layers of the project; a file inside Donnees_geographiques is taken as its GPU folder.</source>
        <translation>The GPU folder as downloaded (or its zip), a GeoPackage, or the CNIG layers of the project; a file inside Donnees_geographiques is taken as its GPU folder.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Ducts and RIP network (GraceTHD)</source>
        <translation>Ducts and RIP network (GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>A GraceTHD v2 exchange folder (or its zip), a v3 GeoPackage, or the GraceTHD layers of the project; t_cheminement.shp and its neighbours are taken as their folder.</source>
        <translation>A GraceTHD v2 exchange folder (or its zip), a v3 GeoPackage, or the GraceTHD layers of the project; t_cheminement.shp and its neighbours are taken as their folder.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Antenna sites (ANFR export)</source>
        <translation>Antenna sites (ANFR export)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Only if they are not beside the ANFR export.</source>
        <translation>Only if they are not beside the ANFR export.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The ARCEP “Mon réseau mobile” sites file.</source>
        <translation>The ARCEP “Mon réseau mobile” sites file.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Lines or polygons of works to come (roads, water, power…).</source>
        <translation>Lines or polygons of works to come (roads, water, power…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Aerial telecom or power lines.</source>
        <translation>Aerial telecom or power lines.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Polygons of the public-initiative network and private zones.</source>
        <translation>Polygons of the public-initiative network and private zones.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The SCOT covering the plan, as downloaded from the GPU.</source>
        <translation>The SCOT covering the plan, as downloaded from the GPU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>SCOT sectors with reinforced digital criteria.</source>
        <translation>SCOT sectors with reinforced digital criteria.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="168" />
        <source>Replace result files that already exist</source>
        <translation>Replace result files that already exist</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="74" />
        <source>Urban plan (GPU folder or zip, GeoPackage…)</source>
        <translation>Urban plan (GPU folder or zip, GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="95" />
        <source>Plan {plan}.</source>
        <translation>Plan {plan}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="167" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="35" />
        <source>Sharing opportunities</source>
        <translation>Sharing opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="36" />
        <source>Findings – points</source>
        <translation>Findings – points</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="37" />
        <source>Findings – lines</source>
        <translation>Findings – lines</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="38" />
        <source>Antenna sites</source>
        <translation>Antenna sites</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="90" />
        <source>Duct routes (GraceTHD)</source>
        <translation>Duct routes (GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="91" />
        <source>Reserved sites (ER)</source>
        <translation>Reserved sites (ER)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="92" />
        <source>Zones of the plan</source>
        <translation>Zones of the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="105" />
        <source>Zone with findings</source>
        <translation>Zone with findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="105" />
        <source>Zone without remark</source>
        <translation>Zone without remark</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="363" />
        <source>The map {path} could not be drawn.</source>
        <translation>The map {path} could not be drawn.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="675" />
        <source>… and {n} more: see the opinion.</source>
        <translation>… and {n} more: see the opinion.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="40" />
        <source>Duct routes</source>
        <translation>Duct routes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="41" />
        <source>Reserved sites – points</source>
        <translation>Reserved sites – points</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="42" />
        <source>Reserved sites – lines</source>
        <translation>Reserved sites – lines</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="43" />
        <source>Reserved sites</source>
        <translation>Reserved sites</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="44" />
        <source>Findings – zones</source>
        <translation>Findings – zones</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="45" />
        <source>Zone summary</source>
        <translation>Zone summary</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="46" />
        <source>Findings without a place on the map</source>
        <translation>Findings without a place on the map</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="47" />
        <source>Règlement provisions by zone</source>
        <translation>Règlement provisions by zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="48" />
        <source>Scan parameters and inputs</source>
        <translation>Scan parameters and inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="60" />
        <source>Finding no.</source>
        <translation>Finding no.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="60" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="61" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="62" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="62" />
        <source>INSEE code</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="63" />
        <source>Plan (IDURBA)</source>
        <translation>Plan (IDURBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="63" />
        <source>Source layer</source>
        <translation>Source layer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="64" />
        <source>Source feature</source>
        <translation>Source feature</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="65" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="66" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="66" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="67" />
        <source>What the opinion may say</source>
        <translation>What the opinion may say</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="76" />
        <source>Zone type</source>
        <translation>Zone type</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="69" />
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="70" />
        <source>Share served by existing ducts</source>
        <translation>Share served by existing ducts</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="71" />
        <source>Share served by planned ducts</source>
        <translation>Share served by planned ducts</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="72" />
        <source>Digital sector 27-00</source>
        <translation>Digital sector 27-00</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="72" />
        <source>Rule 47-05</source>
        <translation>Rule 47-05</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="73" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="74" />
        <source>ANFR support no.</source>
        <translation>ANFR support no.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="74" />
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="75" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="75" />
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="76" />
        <source>Pooling cluster</source>
        <translation>Pooling cluster</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="77" />
        <source>Fibred</source>
        <translation>Fibred</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="77" />
        <source>Distance to fibre (m)</source>
        <translation>Distance to fibre (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="78" />
        <source>Sensitive site</source>
        <translation>Sensitive site</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="78" />
        <source>Planned site</source>
        <translation>Planned site</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="79" />
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="79" />
        <source>Reserved site no.</source>
        <translation>Reserved site no.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="80" />
        <source>Plan table</source>
        <translation>Plan table</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="80" />
        <source>Prescription type</source>
        <translation>Prescription type</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="81" />
        <source>Prescription subtype</source>
        <translation>Prescription subtype</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="81" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="82" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="82" />
        <source>Implantation</source>
        <translation>Implantation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="83" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="83" />
        <source>Ducts</source>
        <translation>Ducts</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="84" />
        <source>Free ducts</source>
        <translation>Free ducts</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="85" />
        <source>Project owner</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="86" />
        <source>Nature as delivered</source>
        <translation>Nature as delivered</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="86" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="87" />
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="87" />
        <source>Declaration date</source>
        <translation>Declaration date</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="88" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="88" />
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="89" />
        <source>Need id</source>
        <translation>Need id</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="90" />
        <source>Works length (m)</source>
        <translation>Works length (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="91" />
        <source>In built-up area</source>
        <translation>In built-up area</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="92" />
        <source>L49 threshold (m)</source>
        <translation>L49 threshold (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="92" />
        <source>L49 applies</source>
        <translation>L49 applies</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="94" />
        <source>Unit cost (€/m)</source>
        <translation>Unit cost (€/m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="96" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="100" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="101" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="102" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="103" />
        <source>Legal force</source>
        <translation>Legal force</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="104" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="105" />
        <source>AMII zone</source>
        <translation>AMII zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="106" />
        <source>Règlement: provision</source>
        <translation>Règlement: provision</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="107" />
        <source>Règlement: page</source>
        <translation>Règlement: page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="108" />
        <source>Règlement: quoted text</source>
        <translation>Règlement: quoted text</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="109" />
        <source>Unit cost, low (€/m)</source>
        <translation>Unit cost, low (€/m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="110" />
        <source>Unit cost, high (€/m)</source>
        <translation>Unit cost, high (€/m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="112" />
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="112" />
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="113" />
        <source>Why not read</source>
        <translation>Why not read</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="616" />
        <source>The PDF atlas {path} could not be written.</source>
        <translation>The PDF atlas {path} could not be written.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="80" />
        <source>{reason} What this piece says was not evaluated.</source>
        <translation>{reason} What this piece says was not evaluated.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="92" />
        <source>Provide the règlement as a text PDF, or in the CNIG SRU standard (XML or JSON).</source>
        <translation>Provide the règlement as a text PDF, or in the CNIG SRU standard (XML or JSON).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="97" />
        <source>Provide the règlement as a text PDF.</source>
        <translation>Provide the règlement as a text PDF.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="103" />
        <source>Provide the PADD as a text PDF.</source>
        <translation>Provide the PADD as a text PDF.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="106" />
        <source>Provide the OAP as a text PDF.</source>
        <translation>Provide the OAP as a text PDF.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/scan_inputs.py" line="113" />
        <source>Written pieces…</source>
        <translation>Written pieces…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="383" />
        <source>the chapter refers to zone {code}, whose chapter was not found</source>
        <translation>the chapter refers to zone {code}, whose chapter was not found</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="64" />
        <source>{name}: “{value}” is not a date (expected YYYY-MM-DD).</source>
        <translation>{name}: “{value}” is not a date (expected YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="435" />
        <source>{article} (applies by reference from {via})</source>
        <translation>{article} (applies by reference from {via})</translation>
    </message>
    <message>
        <location filename="../sampledata/__main__.py" line="78" />
        <source>Sample written: {path}</source>
        <translation>Sample written: {path}</translation>
    </message>
    <message>
        <location filename="../sampledata/__main__.py" line="113" />
        <source>Outputs:</source>
        <translation>Outputs:</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="124" />
        <source>Measured on the RIP routes that carry a cable in the GraceTHD export, within {distance} m.</source>
        <translation>Measured on the RIP routes that carry a cable in the GraceTHD export, within {distance} m.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="151" />
        <source>The written règlement bans antennas around a protected element (page {page}): « {quote} ». A localised ban may rest on urbanism grounds (heritage, landscape), which the rapport de présentation must set out.</source>
        <translation>The written règlement bans antennas around a protected element (page {page}): « {quote} ». A localised ban may rest on urbanism grounds (heritage, landscape), which the rapport de présentation must set out.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="151" />
        <source>Check that the rapport de présentation justifies this ban on urbanism grounds.</source>
        <translation>Check that the rapport de présentation justifies this ban on urbanism grounds.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="161" />
        <source>Delete the general ban, or replace it by localised rules justified in the rapport de présentation (landscape, heritage, ecological continuities).</source>
        <translation>Delete the general ban, or replace it by localised rules justified in the rapport de présentation (landscape, heritage, ecological continuities).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="186" />
        <source>it contradicts the plan's emplacement réservé n° {er} for a mast</source>
        <translation>it contradicts the plan's emplacement réservé n° {er} for a mast</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="192" />
        <source>Moreover, {what}.</source>
        <translation>Moreover, {what}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="19" />
        <source>Planned point haut in an espace boisé classé or a protected element</source>
        <translation>Planned point haut in an espace boisé classé or a protected element</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="19" />
        <source>Scan Urba default (surroundings of a protected building drawn as a point)</source>
        <translation>Scan Urba default (surroundings of a protected building drawn as a point)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="19" />
        <source>distance from a protection drawn as a point or a line within which a site counts as in it</source>
        <translation>distance from a protection drawn as a point or a line within which a site counts as in it</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="77" />
        <source>Check that the project respects the plan's protection, or move it out of the protected element.</source>
        <translation>Check that the project respects the plan's protection, or move it out of the protected element.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="80" />
        <source>The plan's emplacement réservé n° {er} for a mast can host it.</source>
        <translation>The plan's emplacement réservé n° {er} for a mast can host it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="23" />
        <source>A and N zones: installations needed by collective equipment</source>
        <translation>A and N zones: installations needed by collective equipment</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="103" />
        <source> Combined with the ban on antennas (page {page}: « {quote} »), no existing site can evolve and no new one can be built.</source>
        <translation> Combined with the ban on antennas (page {page}: « {quote} »), no existing site can evolve and no new one can be built.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="110" />
        <source>Admit in zone {label} the constructions and installations needed by collective equipment, where they are compatible with the agricultural, pastoral or forestry use of the land and do not harm natural areas and landscapes (L151-11, 1°).</source>
        <translation>Admit in zone {label} the constructions and installations needed by collective equipment, where they are compatible with the agricultural, pastoral or forestry use of the land and do not harm natural areas and landscapes (L151-11, 1°).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="31" />
        <source>Scan Urba default (digitising slivers)</source>
        <translation>Scan Urba default (digitising slivers)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="23" />
        <source>share of a zone an L151-40 sector must cover to be read as drawn on it</source>
        <translation>share of a zone an L151-40 sector must cover to be read as drawn on it</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="37" />
        <source>L151-40 sector whose criteria the written règlement does not define</source>
        <translation>L151-40 sector whose criteria the written règlement does not define</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="102" />
        <source>The règlement graphique delimits on {share} of zone {label} a sector under article L151-40 (« {sector} »); {why}: whether the written règlement defines its criteria is to be checked.</source>
        <translation>The règlement graphique delimits on {share} of zone {label} a sector under article L151-40 (« {sector} »); {why}: whether the written règlement defines its criteria is to be checked.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="102" />
        <source>Check that the zone's article defines the reinforced criteria the sector announces.</source>
        <translation>Check that the zone's article defines the reinforced criteria the sector announces.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="112" />
        <source>it only says « {quote} »</source>
        <translation>it only says « {quote} »</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="113" />
        <source>it says nothing of electronic communications</source>
        <translation>it says nothing of electronic communications</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="115" />
        <source>Write the reinforced criteria in the zone's article (number and diameter of ducts, draw chambers at each lot boundary that can be connected to the RIP, a site for the mutualisation point).</source>
        <translation>Write the reinforced criteria in the zone's article (number and diameter of ducts, draw chambers at each lot boundary that can be connected to the RIP, a site for the mutualisation point).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="115" />
        <source>Extend the sector to the whole zone or justify its limit.</source>
        <translation>Extend the sector to the whole zone or justify its limit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>Scan Urba default (positions of one site in two sources)</source>
        <translation>Scan Urba default (positions of one site in two sources)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>a GraceTHD site d'émission and an ANFR support closer than this are one project</source>
        <translation>a GraceTHD site d'émission and an ANFR support closer than this are one project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="58" />
        <source>Emplacement réservé for network equipment: beneficiary and purpose</source>
        <translation>Emplacement réservé for network equipment: beneficiary and purpose</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="176" />
        <source>Unless the public body already owns the land, the règlement graphique may reserve it by an ER (05-02 or 05-03); the servitude de localisation exists in U and AU zones only.</source>
        <translation>Unless the public body already owns the land, the règlement graphique may reserve it by an ER (05-02 or 05-03); the servitude de localisation exists in U and AU zones only.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="249" />
        <source>its beneficiary is not stated</source>
        <translation>its beneficiary is not stated</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="251" />
        <source>its beneficiary ({who}) is not the RIP authority ({rip})</source>
        <translation>its beneficiary ({who}) is not the RIP authority ({rip})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="283" />
        <source>The règlement graphique reserves site n° {n} for network equipment (« {label} »): to be acknowledged.</source>
        <translation>The règlement graphique reserves site n° {n} for network equipment (« {label} »): to be acknowledged.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="286" />
        <source>To clarify: {questions}.</source>
        <translation>To clarify: {questions}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="31" />
        <source>Map and written règlement disagree on e-communications</source>
        <translation>Map and written règlement disagree on e-communications</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="31" />
        <source>share of a zone a map prescription or sector must cover to be read with the zone's article</source>
        <translation>share of a zone a map prescription or sector must cover to be read with the zone's article</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="38" />
        <source>Unconditional connection duty where the network does not reach</source>
        <translation>Unconditional connection duty where the network does not reach</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="42" />
        <source>Burial of the telecom networks required zone-wide</source>
        <translation>Burial of the telecom networks required zone-wide</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="108" />
        <source>the article asks less than the map</source>
        <translation>the article asks less than the map</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="112" />
        <source>the article applies only to development operations, the map to every new construction</source>
        <translation>the article applies only to development operations, the map to every new construction</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="136" />
        <source>« {quote} »</source>
        <translation>« {quote} »</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="138" />
        <source>Align the zone's article with the map's prescription, or delete the prescription, so that one rule applies.</source>
        <translation>Align the zone's article with the map's prescription, or delete the prescription, so that one rule applies.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="170" />
        <source>Zone {label}: the written règlement ({where}) requires the connection of buildings to the electronic communications network without condition: « {quote} ». Only {share} of the zone is within reach of the RIP network recorded: the duty cannot be complied with everywhere.</source>
        <translation>Zone {label}: the written règlement ({where}) requires the connection of buildings to the electronic communications network without condition: « {quote} ». Only {share} of the zone is within reach of the RIP network recorded: the duty cannot be complied with everywhere.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="170" />
        <source>Add « lorsqu'il existe » and require, failing that, ducts left ready for the connection.</source>
        <translation>Add « lorsqu'il existe » and require, failing that, ducts left ready for the connection.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="204" />
        <source>Zone {label}: the written règlement ({where}) requires the burial of the telecom networks on the whole zone: « {quote} ». A general burial duty can block the deployment of fibre on existing aerial supports.</source>
        <translation>Zone {label}: the written règlement ({where}) requires the burial of the telecom networks on the whole zone: « {quote} ». A general burial duty can block the deployment of fibre on existing aerial supports.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="204" />
        <source>Limit the burial duty to the private connections of new buildings and to protected sectors, and admit deployment on existing supports.</source>
        <translation>Limit the burial duty to the private connections of new buildings and to protected sectors, and admit deployment on existing supports.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="142" />
        <source>{label}, commune {insee}</source>
        <translation>{label}, commune {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="20" />
        <source>Digital provisions and phasing in the OAP of zones open to building</source>
        <translation>Digital provisions and phasing in the OAP of zones open to building</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="17" />
        <source>no OAP was provided</source>
        <translation>no OAP was provided</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="21" />
        <source>Give the OAP (Pieces_ecrites/4_OAP) to evaluate this point.</source>
        <translation>Give the OAP (Pieces_ecrites/4_OAP) to evaluate this point.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="57" />
        <source>Zone {label}, open to building: the OAP read sets no provision on electronic communications for it.</source>
        <translation>Zone {label}, open to building: the OAP read sets no provision on electronic communications for it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="57" />
        <source>Write in the zone's OAP the ducts and chambers to lay, a site for the mutualisation point, and the phasing of the opening with the arrival of the RIP.</source>
        <translation>Write in the zone's OAP the ducts and chambers to lay, a site for the mutualisation point, and the phasing of the opening with the arrival of the RIP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="66" />
        <source>Zone {label}, open to building: its OAP provides for electronic communications (page {page}): « {quote} ».</source>
        <translation>Zone {label}, open to building: its OAP provides for electronic communications (page {page}): « {quote} ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="66" />
        <source>It sets no phasing with the arrival of the RIP.</source>
        <translation>It sets no phasing with the arrival of the RIP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="66" />
        <source>Phase the opening of the zone with the arrival of the RIP in the OAP.</source>
        <translation>Phase the opening of the zone with the arrival of the RIP in the OAP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="44" />
        <source>Zones open to building ({labels}): digital provisions and phasing of their OAP not evaluated, {why}.</source>
        <translation>Zones open to building ({labels}): digital provisions and phasing of their OAP not evaluated, {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="244" />
        <source>Public-initiative versus private deployment areas, read from any polygon layer with a field giving the zone type (RIP, AMII, AMEL, ZTD) and optionally the operator and the commune (INSEE code): with the commune, a PLUi's serving is said per commune, and never in a commune with a private area.</source>
        <translation>Public-initiative versus private deployment areas, read from any polygon layer with a field giving the zone type (RIP, AMII, AMEL, ZTD) and optionally the operator and the commune (INSEE code): with the commune, a PLUi's serving is said per commune, and never in a commune with a private area.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="251" />
        <source>Commune field (INSEE code)</source>
        <translation>Commune field (INSEE code)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="190" />
        <source>it freezes the existing antenna support</source>
        <translation>it freezes the existing antenna support</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="190" />
        <source>it freezes the {n} existing antenna supports</source>
        <translation>it freezes the {n} existing antenna supports</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="286" />
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="393" />
        <source>{doc}: {odt}, {docx}, {note}, {atlas} ({pages} pages)</source>
        <translation>{doc}: {odt}, {docx}, {note}, {atlas} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="397" />
        <source>Warning: the three-month deadline ended on {date}; the opinion is deemed favourable (R153-4).</source>
        <translation>Warning: the three-month deadline ended on {date}; the opinion is deemed favourable (R153-4).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/avis/voice.py" line="95" />
        <source>{file}: the RIP deployment calendar cannot be read ({error}).</source>
        <translation>{file}: the RIP deployment calendar cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/avis/voice.py" line="100" />
        <source>{file}: the RIP deployment calendar needs the columns zone and echeance (found: {found}).</source>
        <translation>{file}: the RIP deployment calendar needs the columns zone and echeance (found: {found}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="29" />
        <source>Scan Urba – the Département's opinions</source>
        <translation>Scan Urba – the Département's opinions</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="32" />
        <source>These settings fill every opinion: the Département's voice, its roles and the signature block.</source>
        <translation>These settings fill every opinion: the Département's voice, its roles and the signature block.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="411" />
        <source>The network's owner in GraceTHD is a Département: the opinion speaks as the RIP authority (setting “RIP authority” left empty).</source>
        <translation>The network's owner in GraceTHD is a Département: the opinion speaks as the RIP authority (setting “RIP authority” left empty).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Date the procedure began, prescription (YYYY-MM-DD)</source>
        <translation>Date the procedure began, prescription (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Procedure (élaboration, révision, modification or a CNIG code; default: DOC_URBA)</source>
        <translation>Procedure (élaboration, révision, modification or a CNIG code; default: DOC_URBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Commune's name (default: read in the pieces)</source>
        <translation>Commune's name (default: read in the pieces)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="499" />
        <source> (default: settings)</source>
        <translation> (default: settings)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="501" />
        <source>Stage stated by the user</source>
        <translation>Stage stated by the user</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="501" />
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="501" />
        <source>projet arrêté</source>
        <translation>projet arrêté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="501" />
        <source>approved plan</source>
        <translation>approved plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="504" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="504" />
        <source>section to insert in the Département's opinion</source>
        <translation>section to insert in the Département's opinion</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="504" />
        <source>full letter</source>
        <translation>full letter</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="507" />
        <source>Final version (no draft banner; refused while a cited article is unverified)</source>
        <translation>Final version (no draft banner; refused while a cited article is unverified)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="510" />
        <source>An opinion is required (refuse an approved or inconsistent plan instead of writing an analysis note)</source>
        <translation>An opinion is required (refuse an approved or inconsistent plan instead of writing an analysis note)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="520" />
        <source>The three-month deadline has passed: the opinion is deemed favourable</source>
        <translation>The three-month deadline has passed: the opinion is deemed favourable</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="554" />
        <source>Date the procedure began</source>
        <translation>Date the procedure began</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="546" />
        <source>Date of the SDTAN</source>
        <translation>Date of the SDTAN</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="34" />
        <source>Département (e.g. Département des Alpes-Maritimes)</source>
        <translation>Département (e.g. Département des Alpes-Maritimes)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="35" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="36" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="37" />
        <source>Case officer (name, telephone, e-mail)</source>
        <translation>Case officer (name, telephone, e-mail)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="38" />
        <source>Signatory's name</source>
        <translation>Signatory's name</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="39" />
        <source>Signatory's quality</source>
        <translation>Signatory's quality</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="40" />
        <source>Delegation act (e.g. l'arrêté de délégation n° … du …)</source>
        <translation>Delegation act (e.g. l'arrêté de délégation n° … du …)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="41" />
        <source>Place of signature</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="42" />
        <source>SDTAN / SDUN held by the Département (name)</source>
        <translation>SDTAN / SDUN held by the Département (name)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="43" />
        <source>Date the SDTAN / SDUN was adopted (YYYY-MM-DD)</source>
        <translation>Date the SDTAN / SDUN was adopted (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="36" />
        <source>Date the SDTAN / SDUN was adopted</source>
        <translation>Date the SDTAN / SDUN was adopted</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="44" />
        <source>The Département is the authority of the RIP (oui/non; empty: proposed from the GraceTHD owner)</source>
        <translation>The Département is the authority of the RIP (oui/non; empty: proposed from the GraceTHD owner)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="46" />
        <source>RIP delegate's legal name</source>
        <translation>RIP delegate's legal name</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="47" />
        <source>RIP deployment calendar (CSV: zone;echeance;pm)</source>
        <translation>RIP deployment calendar (CSV: zone;echeance;pm)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="48" />
        <source>Logo (PNG)</source>
        <translation>Logo (PNG)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="49" />
        <source>Free signatory block (used when no signatory's name is set)</source>
        <translation>Free signatory block (used when no signatory's name is set)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="113" />
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="396" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="42" />
        <source>Data report of a scan (HTML and PDF)</source>
        <translation>Data report of a scan (HTML and PDF)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="45" />
        <source>Builds the data report of a scan, for the Département's own teams (not an annex of the opinion): document identity and inputs, legal summary by article and opinion, maps, findings and opportunities, legal texts applied, parameters; as a self-contained HTML file and the same content as a PDF. The atlas to annex is written with the opinion.</source>
        <translation>Builds the data report of a scan, for the Département's own teams (not an annex of the opinion): document identity and inputs, legal summary by article and opinion, maps, findings and opportunities, legal texts applied, parameters; as a self-contained HTML file and the same content as a PDF. The atlas to annex is written with the opinion.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="57" />
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="50" />
        <source>Basemap of the atlas (a layer of the QGIS project, WMS/XYZ or local, or a file)</source>
        <translation>Basemap of the atlas (a layer of the QGIS project, WMS/XYZ or local, or a file)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="131" />
        <source>The PDF report {path} could not be written.</source>
        <translation>The PDF report {path} could not be written.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="176" />
        <source>{service}: not a web address: {url}</source>
        <translation>{service}: not a web address: {url}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="380" />
        <source>the chapter refers to article {n} of the common rules, which was not found</source>
        <translation>the chapter refers to article {n} of the common rules, which was not found</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="409" />
        <source>a heading names zone {code} but no text of its chapter was found</source>
        <translation>a heading names zone {code} but no text of its chapter was found</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="25" />
        <source>chapter heading</source>
        <translation>chapter heading</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="26" />
        <source>PDF bookmark</source>
        <translation>PDF bookmark</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="27" />
        <source>table of contents</source>
        <translation>table of contents</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="28" />
        <source>running header</source>
        <translation>running header</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="29" />
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="30" />
        <source>CNIG SRU structure</source>
        <translation>CNIG SRU structure</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="72" />
        <source>File, found by</source>
        <translation>File, found by</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="439" />
        <source>Trench sharing: {n} rows; {length} of trench (each trench once); civil-works cost of the order of {low} to {high}</source>
        <translation>Trench sharing: {n} rows; {length} of trench (each trench once); civil-works cost of the order of {low} to {high}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="152" />
        <source>L49 thresholds (150 m in an agglomération, 1 000 m outside, article D407-4 CPCE): the agglomération is read as the commune's INSEE unité urbaine ({vintage}), not from the plan's zones: {answer}.</source>
        <translation>L49 thresholds (150 m in an agglomération, 1 000 m outside, article D407-4 CPCE): the agglomération is read as the commune's INSEE unité urbaine ({vintage}), not from the plan's zones: {answer}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="152" />
        <source>Give an agglomération layer to decide otherwise; each trench-sharing row names the notion it used.</source>
        <translation>Give an agglomération layer to decide otherwise; each trench-sharing row names the notion it used.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="152" />
        <source>Give an agglomération layer: until then works between 150 m and 1 000 m are L49 works only if the commune lies in an unité urbaine.</source>
        <translation>Give an agglomération layer: until then works between 150 m and 1 000 m are L49 works only if the commune lies in an unité urbaine.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="42" />
        <source>internal coordination</source>
        <translation>internal coordination</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="97" />
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="97" />
        <source>Agglomération (D407-4)</source>
        <translation>Agglomération (D407-4)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="208" />
        <source>{n} electricity or lighting line(s) do not say whether telecom cables ride their supports: no telecom burial need is drawn from them.</source>
        <translation>{n} electricity or lighting line(s) do not say whether telecom cables ride their supports: no telecom burial need is drawn from them.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="208" />
        <source>Map a field telling whether telecom cables ride the supports (telecom=&lt;field&gt;, oui/non) and the telecom operator (telecom_operator=&lt;field&gt;).</source>
        <translation>Map a field telling whether telecom cables ride the supports (telecom=&lt;field&gt;, oui/non) and the telecom operator (telecom_operator=&lt;field&gt;).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="20" />
        <source>unités urbaines 2020, communes as of 1 January 2022</source>
        <translation>unités urbaines 2020, communes as of 1 January 2022</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="24" />
        <source>commune in an INSEE unité urbaine</source>
        <translation>commune in an INSEE unité urbaine</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="25" />
        <source>commune outside any INSEE unité urbaine</source>
        <translation>commune outside any INSEE unité urbaine</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="26" />
        <source>agglomération undetermined (commune absent from the INSEE table of unités urbaines)</source>
        <translation>agglomération undetermined (commune absent from the INSEE table of unités urbaines)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="28" />
        <source>agglomération layer given by the user</source>
        <translation>agglomération layer given by the user</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="56" />
        <source>article D407-4 CPCE (thresholds; version in force since 2 February 2017) and section of the L49 décret (six weeks), version of 28 June 2022</source>
        <translation>article D407-4 CPCE (thresholds; version in force since 2 February 2017) and section of the L49 décret (six weeks), version of 28 June 2022</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="146" />
        <source>telecom operator on the common supports</source>
        <translation>telecom operator on the common supports</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="955" />
        <source>an aerial telecom line on its own or lighting poles to bury</source>
        <translation>an aerial telecom line on its own or lighting poles to bury</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="966" />
        <source>The works {works} ({owner}) and the RIP need(s) they meet belong to the same maître d'ouvrage: {needs}, over {length}. Internal coordination (lay the RIP ducts in the works), not a sharing opportunity.</source>
        <translation>The works {works} ({owner}) and the RIP need(s) they meet belong to the same maître d'ouvrage: {needs}, over {length}. Internal coordination (lay the RIP ducts in the works), not a sharing opportunity.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="966" />
        <source>The works {works} ({owner}) can carry, over {length}, ducts for: {needs}.</source>
        <translation>The works {works} ({owner}) can carry, over {length}, ducts for: {needs}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="972" />
        <source>Civil-works cost of such a trench of the order of {low} to {high} ({source}); the parties share it under the legal basis or their agreement: it is not saved whole.</source>
        <translation>Civil-works cost of such a trench of the order of {low} to {high} ({source}); the parties share it under the legal basis or their agreement: it is not saved whole.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="980" />
        <source>The trench crosses an element protected under L151-23 CU ({labels}): the works follow the plan's rules for it and its prior formalities.</source>
        <translation>The trench crosses an element protected under L151-23 CU ({labels}): the works follow the plan's rules for it and its prior formalities.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="991" />
        <source>CETE de l'Ouest reference, undated note of about 2008–2012, not updated</source>
        <translation>CETE de l'Ouest reference, undated note of about 2008–2012, not updated</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1007" />
        <source>Send the maître d'ouvrage a reasoned request (L49 CPCE) before {date} (agglomération: {notion}).</source>
        <translation>Send the maître d'ouvrage a reasoned request (L49 CPCE) before {date} (agglomération: {notion}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1011" />
        <source>L49 would apply to these works only in an agglomération (150 m, D407-4 CPCE), here {notion}; its window closed on {date} anyway: propose a joint-laying agreement.</source>
        <translation>L49 would apply to these works only in an agglomération (150 m, D407-4 CPCE), here {notion}; its window closed on {date} anyway: propose a joint-laying agreement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1014" />
        <source>L49 applies to these works only in an agglomération (150 m, D407-4 CPCE), here {notion}: if the commune belongs to an INSEE unité urbaine, send a reasoned request before {date}; otherwise propose a joint-laying agreement.</source>
        <translation>L49 applies to these works only in an agglomération (150 m, D407-4 CPCE), here {notion}: if the commune belongs to an INSEE unité urbaine, send a reasoned request before {date}; otherwise propose a joint-laying agreement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1018" />
        <source>Network works below the L49 threshold ({threshold}; agglomération: {notion}): propose a joint-laying agreement.</source>
        <translation>Network works below the L49 threshold ({threshold}; agglomération: {notion}): propose a joint-laying agreement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1035" />
        <source> The telecom cables on these electricity poles (appuis communs) go into the trench with them: under an agreement with the collectivité, the telecom operator ({partners}) bears its own equipment and 20 % of the terrassement costs (L2224-35 CGCT, arrêté of 2 December 2008).</source>
        <translation> The telecom cables on these electricity poles (appuis communs) go into the trench with them: under an agreement with the collectivité, the telecom operator ({partners}) bears its own equipment and 20 % of the terrassement costs (L2224-35 CGCT, arrêté of 2 December 2008).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1040" />
        <source> The aerial telecom line stands on telecom or lighting poles, not on electricity ones: L2224-35 does not apply; the line's owner makes the request or the agreement.</source>
        <translation> The aerial telecom line stands on telecom or lighting poles, not on electricity ones: L2224-35 does not apply; the line's owner makes the request or the agreement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1044" />
        <source> The developer owes the équipements propres of its operation (L332-15 CU); a RIP route or an operator's site link is not one: an agreement with the developer, the laying paid by the network.</source>
        <translation> The developer owes the équipements propres of its operation (L332-15 CU); a RIP route or an operator's site link is not one: an agreement with the developer, the laying paid by the network.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1048" />
        <source> Inside the AU zone, the operation's own ducts are équipements propres at the developer's charge (L332-15 CU).</source>
        <translation> Inside the AU zone, the operation's own ducts are équipements propres at the developer's charge (L332-15 CU).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="96" />
        <source>Trench cost, high (€)</source>
        <translation>Trench cost, high (€)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Agglomération for the L49 thresholds (default: the commune's INSEE unité urbaine)</source>
        <translation>Agglomération for the L49 thresholds (default: the commune's INSEE unité urbaine)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Default: the INSEE unité urbaine of the commune (article D407-4 CPCE), never the plan's U zones.</source>
        <translation>Default: the INSEE unité urbaine of the commune (article D407-4 CPCE), never the plan's U zones.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="216" />
        <source>Any line layer of aerial networks (telecom, electricity, lighting) with a nature field and, if known, the owner, whether telecom cables ride the supports (oui/non) and their operator: an electricity or lighting line is a telecom need only when it carries telecom cables. GraceTHD aerial routes are read by the GraceTHD import.</source>
        <translation>Any line layer of aerial networks (telecom, electricity, lighting) with a nature field and, if known, the owner, whether telecom cables ride the supports (oui/non) and their operator: an electricity or lighting line is a telecom need only when it carries telecom cables. GraceTHD aerial routes are read by the GraceTHD import.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="225" />
        <source>Field telling whether telecom cables ride the supports</source>
        <translation>Field telling whether telecom cables ride the supports</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="226" />
        <source>Telecom operator field</source>
        <translation>Telecom operator field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="95" />
        <source>Trench cost, low (€)</source>
        <translation>Trench cost, low (€)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="98" />
        <source>L49 if in an agglomération</source>
        <translation>L49 if in an agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="99" />
        <source>L151-23 element crossed</source>
        <translation>L151-23 element crossed</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="34" />
        <source>The GraceTHD network given does not cover the plan: it lies {distance} away.</source>
        <translation>The GraceTHD network given does not cover the plan: it lies {distance} away.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="36" />
        <source>The antenna sites given (ANFR, ARCEP) do not cover the plan: they lie {distance} away.</source>
        <translation>The antenna sites given (ANFR, ARCEP) do not cover the plan: they lie {distance} away.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="38" />
        <source>The planned works given do not cover the plan: they lie {distance} away.</source>
        <translation>The planned works given do not cover the plan: they lie {distance} away.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="40" />
        <source>The aerial lines given do not cover the plan: they lie {distance} away.</source>
        <translation>The aerial lines given do not cover the plan: they lie {distance} away.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="42" />
        <source>The RIP zoning given does not cover the plan: it lies {distance} away.</source>
        <translation>The RIP zoning given does not cover the plan: it lies {distance} away.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="52" />
        <source>more than {distance}</source>
        <translation>more than {distance}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="57" />
        <source>Check that the file is the one of this territory; nothing is said from it about the plan (not evaluated).</source>
        <translation>Check that the file is the one of this territory; nothing is said from it about the plan (not evaluated).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="76" />
        <source>Scan Urba default: the largest reach of the rules (the longest missing link between duct routes)</source>
        <translation>Scan Urba default: the largest reach of the rules (the longest missing link between duct routes)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="76" />
        <source>margin around the plan: inputs are read, and findings kept, this far from its zones; never less than the largest reach of the rules used (serving distance, pooling radius, fibred distance, ER tolerance, corridor width, missing-link gap)</source>
        <translation>margin around the plan: inputs are read, and findings kept, this far from its zones; never less than the largest reach of the rules used (serving distance, pooling radius, fibred distance, ER tolerance, corridor width, missing-link gap)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="241" />
        <source>Perimeter of the plan</source>
        <translation>Perimeter of the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="85" />
        <source>Margin around the plan</source>
        <translation>Margin around the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="492" />
        <source>Every commune, or these INSEE codes: 06001, 06002</source>
        <translation>Every commune, or these INSEE codes: 06001, 06002</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="494" />
        <source>Writes the opinion of these communes (INSEE codes) or documents (IDURBA) of the plan only, separated by commas; empty: every document.</source>
        <translation>Writes the opinion of these communes (INSEE codes) or documents (IDURBA) of the plan only, separated by commas; empty: every document.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="141" />
        <source>No document of the scan for {entries} (give IDURBA or INSEE codes; the scan holds {n} documents, e.g. {first}).</source>
        <translation>No document of the scan for {entries} (give IDURBA or INSEE codes; the scan holds {n} documents, e.g. {first}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Only these communes or documents (INSEE codes or IDURBA, separated by commas; default: every document)</source>
        <translation>Only these communes or documents (INSEE codes or IDURBA, separated by commas; default: every document)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="70" />
        <source>RIP partly reaching the zone</source>
        <translation>RIP partly reaching the zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="71" />
        <source>no RIP route near the zone</source>
        <translation>no RIP route near the zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="72" />
        <source>not evaluated (input missing)</source>
        <translation>not evaluated (input missing)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="73" />
        <source>not applicable to this plan</source>
        <translation>not applicable to this plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="74" />
        <source>agglomération assumed</source>
        <translation>agglomération assumed</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="75" />
        <source>written piece not read</source>
        <translation>written piece not read</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="76" />
        <source>trench sharing</source>
        <translation>trench sharing</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="60" />
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="60" />
        <source>found {version}</source>
        <translation>found {version}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="119" />
        <source>OSGeo4W Shell (Start menu, QGIS folder):</source>
        <translation>OSGeo4W Shell (Start menu, QGIS folder):</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="122" />
        <source>Terminal:</source>
        <translation>Terminal:</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="130" />
        <source>Debian/Ubuntu, in a terminal:</source>
        <translation>Debian/Ubuntu, in a terminal:</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="82" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="463" />
        <source>Reading the findings…</source>
        <translation>Reading the findings…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="477" />
        <source>The findings could not be read: {reason}</source>
        <translation>The findings could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="591" />
        <source>{n} {rows} of {total}.</source>
        <translation>{n} {rows} of {total}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="591" />
        <source>row shown</source>
        <translation>row shown</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="591" />
        <source>rows shown</source>
        <translation>rows shown</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="92" />
        <source>élaboration</source>
        <translation>élaboration</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="92" />
        <source>révision générale</source>
        <translation>révision générale</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="92" />
        <source>révision allégée</source>
        <translation>révision allégée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="92" />
        <source>modification</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="92" />
        <source>mise en compatibilité</source>
        <translation>mise en compatibilité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="639" />
        <source>Draft adopted (arrêt) on</source>
        <translation>Draft adopted (arrêt) on</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="639" />
        <source>File received on</source>
        <translation>File received on</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="488" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="497" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="498" />
        <source>The Département's settings…</source>
        <translation>The Département's settings…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="499" />
        <source>Name, logo and signatory of the Département's opinions.</source>
        <translation>Name, logo and signatory of the Département's opinions.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="872" />
        <source>{n} {findings}, {m} {opportunities}.</source>
        <translation>{n} {findings}, {m} {opportunities}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="239" />
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="872" />
        <source>trench-sharing opportunity</source>
        <translation>trench-sharing opportunity</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="872" />
        <source>trench-sharing opportunities</source>
        <translation>trench-sharing opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="239" />
        <source>{n} {findings}.</source>
        <translation>{n} {findings}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="463" />
        <source>Runs the full scan, then for each document of the plan decides what act it is (projet arrêté of an élaboration or révision, modification, approved plan, or inconsistent) and writes the digital section of the Département's opinion, or a full letter (avis_[IDURBA].odt and .docx), an internal note for the RIP team (note_interne_rip_[IDURBA]) and a PDF atlas. An approved plan gets an analysis note (note_analyse_[IDURBA]), or is refused when an opinion is required. The deadline is three months after receipt (R153-4); when it has passed the opinion is deemed favourable and the log says so. The final mode removes the draft banner and refuses while an article cited is unverified. The Département's name, roles and signatory come from the settings unless given here. For a batch over some communes of a mosaic, give their INSEE codes (or the documents' IDURBA): each gets its own opinion and atlas, in one run.</source>
        <translation>Runs the full scan, then for each document of the plan decides what act it is (projet arrêté of an élaboration or révision, modification, approved plan, or inconsistent) and writes the digital section of the Département's opinion, or a full letter (avis_[IDURBA].odt and .docx), an internal note for the RIP team (note_interne_rip_[IDURBA]) and a PDF atlas. An approved plan gets an analysis note (note_analyse_[IDURBA]), or is refused when an opinion is required. The deadline is three months after receipt (R153-4); when it has passed the opinion is deemed favourable and the log says so. The final mode removes the draft banner and refuses while an article cited is unverified. The Département's name, roles and signatory come from the settings unless given here. For a batch over some communes of a mosaic, give their INSEE codes (or the documents' IDURBA): each gets its own opinion and atlas, in one run.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="82" />
        <source>mosaic of {n} documents</source>
        <translation>mosaic of {n} documents</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="102" />
        <source>{n} {rows}, {length} m of trench (each once), civil-works cost of the order of {low} to {high} €.</source>
        <translation>{n} {rows}, {length} m of trench (each once), civil-works cost of the order of {low} to {high} €.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="102" />
        <source>trench-sharing row</source>
        <translation>trench-sharing row</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="102" />
        <source>trench-sharing rows</source>
        <translation>trench-sharing rows</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="113" />
        <source>share, 0 to 1</source>
        <translation>share, 0 to 1</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="332" />
        <source>Overlays the urban plan (its written pieces when given) with the duct network, antenna sites and SCOT sectors and reports what a département's opinion would say: the PADD orientation on digital communications (L151-5), the e-communications rule and reinforced criteria in zones open to building (R151-49 3° or R123-9 16° by the plan's regime, L151-40), points of vigilance on compatibility with the SCOT, public network sites that may deserve a reservation (L151-41), zones far from the RIP (an observation for the rapport de présentation) and antenna sites. Each finding gives the opinion (réserve, recommandation, observation, information), what the text does (obligation, compatibility, faculty, good practice), the part of the plan and the plan's own words with their page. Data-quality findings are kept apart. Output: one GeoPackage (EPSG:2154) with the findings (on zones, lines, points and on the whole document), the summary by zone, the antenna sites, the reserved sites and the record of the run.</source>
        <translation>Overlays the urban plan (its written pieces when given) with the duct network, antenna sites and SCOT sectors and reports what a département's opinion would say: the PADD orientation on digital communications (L151-5), the e-communications rule and reinforced criteria in zones open to building (R151-49 3° or R123-9 16° by the plan's regime, L151-40), points of vigilance on compatibility with the SCOT, public network sites that may deserve a reservation (L151-41), zones far from the RIP (an observation for the rapport de présentation) and antenna sites. Each finding gives the opinion (réserve, recommandation, observation, information), what the text does (obligation, compatibility, faculty, good practice), the part of the plan and the plan's own words with their page. Data-quality findings are kept apart. Output: one GeoPackage (EPSG:2154) with the findings (on zones, lines, points and on the whole document), the summary by zone, the antenna sites, the reserved sites and the record of the run.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="357" />
        <source>Matches works that will open the ground (planned works, ER 05-01 future roads, AU zones to develop) with the places that need ducts (RIP routes to build, unserved zones, antenna sites to fibre, AU zones, missing links between duct routes, aerial lines to bury). A need and an offer match where they run within the corridor width of each other, or where the need crosses the offer polygon. For each opportunity: shared length, agglomération, L49 threshold and eligibility, L49 deadline (declaration + 6 weeks), unit cost and cost avoided, partners, legal basis, score and rank. Output: the layer of trench-sharing opportunities.</source>
        <translation>Matches works that will open the ground (planned works, ER 05-01 future roads, AU zones to develop) with the places that need ducts (RIP routes to build, unserved zones, antenna sites to fibre, AU zones, missing links between duct routes, aerial lines to bury). A need and an offer match where they run within the corridor width of each other, or where the need crosses the offer polygon. For each opportunity: shared length, agglomération, L49 threshold and eligibility, L49 deadline (declaration + 6 weeks), unit cost and cost avoided, partners, legal basis, score and rank. Output: the layer of trench-sharing opportunities.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="376" />
        <source>Runs the compliance check and the trench-sharing proposals on the same inputs and writes both into one GeoPackage, with the record of the run (inputs, parameters, versions).</source>
        <translation>Runs the compliance check and the trench-sharing proposals on the same inputs and writes both into one GeoPackage, with the record of the run (inputs, parameters, versions).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="114" />
        <source>File of the piece</source>
        <translation>File of the piece</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="114" />
        <source>How the chapter was found</source>
        <translation>How the chapter was found</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="117" />
        <source>Served by existing ducts (%)</source>
        <translation>Served by existing ducts (%)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="118" />
        <source>Served by planned ducts (%)</source>
        <translation>Served by planned ducts (%)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/legal.py" line="409" />
        <source> (or, for a SCOT modernised since 1 April 2021, the DOO under L141-4, last paragraph, and L101-2 3°)</source>
        <translation> (or, for a SCOT modernised since 1 April 2021, the DOO under L141-4, last paragraph, and L101-2 3°)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/legal.py" line="417" />
        <source> or the DOO of a modernised SCOT (L141-4, last paragraph, and L101-2 3°), depending on when its procedure began</source>
        <translation> or the DOO of a modernised SCOT (L141-4, last paragraph, and L101-2 3°), depending on when its procedure began</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/avis/findings.py" line="104" />
        <source>No zone of the PLUi {doc} lies in the commune {code} of the communes layer: check that the layer is the one of this territory.</source>
        <translation>No zone of the PLUi {doc} lies in the commune {code} of the communes layer: check that the layer is the one of this territory.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/communes.py" line="46" />
        <source>{layer}: no INSEE code field in the communes layer (expected INSEE_COM, as in IGN ADMIN EXPRESS COMMUNE, or INSEE, CODE_INSEE, CODGEO); its fields: {fields}.</source>
        <translation>{layer}: no INSEE code field in the communes layer (expected INSEE_COM, as in IGN ADMIN EXPRESS COMMUNE, or INSEE, CODE_INSEE, CODGEO); its fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="53" />
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Communes (polygons with their INSEE code and name, e.g. IGN ADMIN EXPRESS COMMUNE): a PLUi's findings per commune</source>
        <translation>Communes (polygons with their INSEE code and name, e.g. IGN ADMIN EXPRESS COMMUNE): a PLUi's findings per commune</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Communes (for a PLUi)</source>
        <translation>Communes (for a PLUi)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The communes' polygons with their INSEE code and name (IGN ADMIN EXPRESS, layer COMMUNE: INSEE_COM, NOM). A PLUi's opinion then counts its findings per commune, and can be cut to one commune.</source>
        <translation>The communes' polygons with their INSEE code and name (IGN ADMIN EXPRESS, layer COMMUNE: INSEE_COM, NOM). A PLUi's opinion then counts its findings per commune, and can be cut to one commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="133" />
        <source>No document of the scan for {entries}: not a commune of the PLUi {doc} (its DOC_URBA_COM lists {codes}) nor a document of the scan (give IDURBA or INSEE codes).</source>
        <translation>No document of the scan for {entries}: not a commune of the PLUi {doc} (its DOC_URBA_COM lists {codes}) nor a document of the scan (give IDURBA or INSEE codes).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="167" />
        <source>{code} is a commune of the PLUi {doc}: its opinion is an extract of the PLUi's, cut to the commune, which needs the commune's polygon. Give the “Communes” layer (IGN ADMIN EXPRESS COMMUNE, fields INSEE_COM and NOM; option --communes) holding {code}.</source>
        <translation>{code} is a commune of the PLUi {doc}: its opinion is an extract of the PLUi's, cut to the commune, which needs the commune's polygon. Give the “Communes” layer (IGN ADMIN EXPRESS COMMUNE, fields INSEE_COM and NOM; option --communes) holding {code}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="890" />
        <source>The result buttons act on the previous result: {name}.</source>
        <translation>The result buttons act on the previous result: {name}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The folder of the ANFR export (SUP_SUPPORT.txt…); one of its tables is taken as its folder.</source>
        <translation>The folder of the ANFR export (SUP_SUPPORT.txt…); one of its tables is taken as its folder.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="36" />
        <source>legal</source>
        <translation>legal</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="318" />
        <source>Cost (€)</source>
        <translation>Cost (€)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="449" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="127" />
        <source>Planned radio installation ({site}): the operator gives the maire or the president of the EPCI an information file at least one month before filing the urbanism request (L34-9-1 CPCE).</source>
        <translation>Planned radio installation ({site}): the operator gives the maire or the president of the EPCI an information file at least one month before filing the urbanism request (L34-9-1 CPCE).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="343" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="64" />
        <source>The planned point haut ({site}) stands in an espace boisé classé (« {name} », zone {zone}): the classification forbids any change of use that compromises the woodland, and the défrichement is refused as of right (L113-2).</source>
        <translation>The planned point haut ({site}) stands in an espace boisé classé (« {name} », zone {zone}): the classification forbids any change of use that compromises the woodland, and the défrichement is refused as of right (L113-2).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="75" />
        <source>The planned point haut ({site}) stands in the protected element « {name} » (zone {zone}).</source>
        <translation>The planned point haut ({site}) stands in the protected element « {name} » (zone {zone}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="70" />
        <source>{support} stands there</source>
        <translation>{support} stands there</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="70" />
        <source>{supports} stand there</source>
        <translation>{supports} stand there</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="75" />
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="179" />
        <source>ANFR support no. {sup}</source>
        <translation>ANFR support no. {sup}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="259" />
        <source>RIP site {site}</source>
        <translation>RIP site {site}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="143" />
        <source>{site}, ANFR support no. {sup}</source>
        <translation>{site}, ANFR support no. {sup}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="176" />
        <source>Site of the planned public installation ({site}, {kind}): is an emplacement réservé (public beneficiary) or a servitude de localisation (L151-41, last paragraph) useful?</source>
        <translation>Site of the planned public installation ({site}, {kind}): is an emplacement réservé (public beneficiary) or a servitude de localisation (L151-41, last paragraph) useful?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="176" />
        <source>Site of the planned public installation ({site}, {kind}), in zone {zone}: is an emplacement réservé (public beneficiary) useful?</source>
        <translation>Site of the planned public installation ({site}, {kind}), in zone {zone}: is an emplacement réservé (public beneficiary) useful?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="255" />
        <source>the RIP plans there a mutualisation point (PM; {site}), not an optical node (NRO)</source>
        <translation>the RIP plans there a mutualisation point (PM; {site}), not an optical node (NRO)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="259" />
        <source>the RIP plans there an optical node (NRO; {site})</source>
        <translation>the RIP plans there an optical node (NRO; {site})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="287" />
        <source>lieu-dit {name}</source>
        <translation>lieu-dit {name}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="329" />
        <source>the {nature} of {height}</source>
        <translation>the {nature} of {height}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="330" />
        <source>the {nature}</source>
        <translation>the {nature}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="332" />
        <source>the antenna support ({details})</source>
        <translation>the antenna support ({details})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="335" />
        <source>the antenna support</source>
        <translation>the antenna support</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="342" />
        <source>located {place}</source>
        <translation>located {place}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="344" />
        <source>operated by {operators}</source>
        <translation>operated by {operators}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="345" />
        <source>belonging to {owner}</source>
        <translation>belonging to {owner}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="351" />
        <source>{support} (ANFR support no. {sup})</source>
        <translation>{support} (ANFR support no. {sup})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="100" />
        <source>{avis} – {object} ({basis})</source>
        <translation>{avis} – {object} ({basis})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="480" />
        <source>Version checked</source>
        <translation>Version checked</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="370" />
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="377" />
        <source>Public body holding the plan (SIREN)</source>
        <translation>Public body holding the plan (SIREN)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="378" />
        <source>Commune (INSEE)</source>
        <translation>Commune (INSEE)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="378" />
        <source>Communes (INSEE)</source>
        <translation>Communes (INSEE)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Name of the EPCI of a PLUi, or of the body holding a SCOT (default: named by its SIREN)</source>
        <translation>Name of the EPCI of a PLUi, or of the body holding a SCOT (default: named by its SIREN)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="29" />
        <source>case law</source>
        <translation>case law</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="161" />
        <source>The written règlement bans antennas on the whole territory (page {page}): « {quote} ». Unless urbanism grounds for it are set out in the rapport de présentation, which the Département has not examined, a ban whose extent compromises the operators' coverage duties exposes the plan to annulment (CE, 17 July 2013, SFR, n° 350380; TA Amiens, 13 June 2006, n° 0402044).</source>
        <translation>The written règlement bans antennas on the whole territory (page {page}): « {quote} ». Unless urbanism grounds for it are set out in the rapport de présentation, which the Département has not examined, a ban whose extent compromises the operators' coverage duties exposes the plan to annulment (CE, 17 July 2013, SFR, n° 350380; TA Amiens, 13 June 2006, n° 0402044).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="301" />
        <source>{support} is {d} from the nearest fibre route: a trench of about {cost_low} to {cost} ({range}).</source>
        <translation>{support} is {d} from the nearest fibre route: a trench of about {cost_low} to {cost} ({range}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="302" />
        <source>State the ER's beneficiary (the public body that will build the mast) and its purpose (a mast shared by the operators).</source>
        <translation>State the ER's beneficiary (the public body that will build the mast) and its purpose (a mast shared by the operators).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="305" />
        <source>State the ER's beneficiary (the public body that will build the mast) and its purpose (a mast shared by the operators, saying whether it replaces the existing support or is shared with it).</source>
        <translation>State the ER's beneficiary (the public body that will build the mast) and its purpose (a mast shared by the operators, saying whether it replaces the existing support or is shared with it).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="312" />
        <source>State the ER's beneficiary (the RIP authority) and its purpose (the equipment the RIP plans there).</source>
        <translation>State the ER's beneficiary (the RIP authority) and its purpose (the equipment the RIP plans there).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="93" />
        <source>Give the {inputs} data covering the commune: the file given lies outside the plan.</source>
        <translation>Give the {inputs} data covering the commune: the file given lies outside the plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="93" />
        <source>Give the {inputs} data covering the commune: the files given lie outside the plan.</source>
        <translation>Give the {inputs} data covering the commune: the files given lie outside the plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="106" />
        <source>no {inputs} given</source>
        <translation>no {inputs} given</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="128" />
        <source>the {input} given lies outside the plan ({distance} away)</source>
        <translation>the {input} given lies outside the plan ({distance} away)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="113" />
        <source>{title}: not evaluated, {why}.</source>
        <translation>{title}: not evaluated, {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="140" />
        <source>{reason}; {more}</source>
        <translation>{reason}; {more}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="44" />
        <source>The SCOT's DOO sectors given do not cover the plan: they lie {distance} away.</source>
        <translation>The SCOT's DOO sectors given do not cover the plan: they lie {distance} away.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="508" />
        <source>{file}: no zone chapter found in its {words} of text, not read as a règlement.</source>
        <translation>{file}: no zone chapter found in its {words} of text, not read as a règlement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="92" />
        <source>In the written règlement provided, {reason}</source>
        <translation>In the written règlement provided, {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="97" />
        <source>In the written règlement provided ({files}), pages {pages} have no text layer (scans).</source>
        <translation>In the written règlement provided ({files}), pages {pages} have no text layer (scans).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/padd_oap.py" line="61" />
        <source>{file} holds only {words} of text, too few to be read as a PADD.</source>
        <translation>{file} holds only {words} of text, too few to be read as a PADD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/padd_oap.py" line="93" />
        <source>{file} holds only {words} of text, too few to be read as an OAP.</source>
        <translation>{file} holds only {words} of text, too few to be read as an OAP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="108" />
        <source>{file}: no text layer on any of its {n} pages, a scan that cannot be read without OCR.</source>
        <translation>{file}: no text layer on any of its {n} pages, a scan that cannot be read without OCR.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="12" />
        <source>the PADD provided</source>
        <translation>the PADD provided</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="13" />
        <source>the written règlement provided</source>
        <translation>the written règlement provided</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="14" />
        <source>the OAP provided</source>
        <translation>the OAP provided</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="19" />
        <source>Give the written règlement (Pieces_ecrites/3_Reglement) to evaluate this point.</source>
        <translation>Give the written règlement (Pieces_ecrites/3_Reglement) to evaluate this point.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="42" />
        <source>word</source>
        <translation>word</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="42" />
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="49" />
        <source>file {names}</source>
        <translation>file {names}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="50" />
        <source>files {names}</source>
        <translation>files {names}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="71" />
        <source>{piece} ({files})</source>
        <translation>{piece} ({files})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="80" />
        <source>{given} could not be read ({reason})</source>
        <translation>{given} could not be read ({reason})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="394" />
        <source>written piece</source>
        <translation>written piece</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="210" />
        <source>group of {n} antenna supports</source>
        <translation>group of {n} antenna supports</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="137" />
        <source>PADD orientation on digital communications (L151-5): not evaluated, as {why}.</source>
        <translation>PADD orientation on digital communications (L151-5): not evaluated, as {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_index.py" line="126" />
        <source>In the result {file}, the spatial index of {layers} pointed at the wrong features (a defect of earlier versions of Scan Urba): it has been rebuilt, the features themselves are unchanged.</source>
        <translation>In the result {file}, the spatial index of {layers} pointed at the wrong features (a defect of earlier versions of Scan Urba): it has been rebuilt, the features themselves are unchanged.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/detect.py" line="72" />
        <source>a GraceTHD export</source>
        <translation>a GraceTHD export</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/detect.py" line="74" />
        <source>an ANFR export</source>
        <translation>an ANFR export</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/detect.py" line="90" />
        <source>No ZONE_URBA layer in {path}: this folder looks like {dataset} ({tables}…); choose the plan's folder (PLU, PLUi or carte communale).</source>
        <translation>No ZONE_URBA layer in {path}: this folder looks like {dataset} ({tables}…); choose the plan's folder (PLU, PLUi or carte communale).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/date_field.py" line="65" />
        <source>dd/mm/yyyy (not given)</source>
        <translation>dd/mm/yyyy (not given)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/date_field.py" line="73" />
        <source>Pick the date in a calendar</source>
        <translation>Pick the date in a calendar</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/date_field.py" line="114" />
        <source>« {typed} » is not a date: type it as dd/mm/yyyy (15/10/2026).</source>
        <translation>« {typed} » is not a date: type it as dd/mm/yyyy (15/10/2026).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="363" />
        <source>The scan's GeoPackage and the opinions go there; left empty, in « scan_urba » beside the plan.</source>
        <translation>The scan's GeoPackage and the opinions go there; left empty, in « scan_urba » beside the plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="365" />
        <source>Results folder</source>
        <translation>Results folder</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="370" />
        <source>named after the plan, in the results folder, if left empty</source>
        <translation>named after the plan, in the results folder, if left empty</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="462" />
        <source>read in the written pieces if left empty</source>
        <translation>read in the written pieces if left empty</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="463" />
        <source>The commune's name as the opinion writes it (« PLU de la commune de … »).</source>
        <translation>The commune's name as the opinion writes it (« PLU de la commune de … »).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="466" />
        <source>The date the procedure was prescribed: it decides the plan's content regime and, from 26 May 2026, the procedure's wording.</source>
        <translation>The date the procedure was prescribed: it decides the plan's content regime and, from 26 May 2026, the procedure's wording.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="479" />
        <source>contribution (digital section)</source>
        <translation>contribution (digital section)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="484" />
        <source>Commune's name</source>
        <translation>Commune's name</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="639" />
        <source>Procedure prescribed on</source>
        <translation>Procedure prescribed on</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="489" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="521" />
        <source>Received before the arrêt ({date}): check the two dates.</source>
        <translation>Received before the arrêt ({date}): check the two dates.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="645" />
        <source>These data were chosen for the plan of {before}: {fields}. Check or clear them for {now}.</source>
        <translation>These data were chosen for the plan of {before}: {fields}. Check or clear them for {now}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="683" />
        <source>« Communes »: {entries} is neither an INSEE code (five characters, as 30014 or 2A004) nor a document's IDURBA.</source>
        <translation>« Communes »: {entries} is neither an INSEE code (five characters, as 30014 or 2A004) nor a document's IDURBA.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="688" />
        <source>« Communes »: {entries} is not the commune of the plan given, which is the PLU of {insee} only.</source>
        <translation>« Communes »: {entries} is not the commune of the plan given, which is the PLU of {insee} only.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="965" />
        <source>{what}
In {folder}.</source>
        <translation>{what}
In {folder}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="974" />
        <source>No program opened {name}: open it from its folder.</source>
        <translation>No program opened {name}: open it from its folder.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="79" />
        <source>The file's receipt date ({receipt}) is earlier than the arrêt date ({arret}): a file is received after the draft is adopted; check the two dates.</source>
        <translation>The file's receipt date ({receipt}) is earlier than the arrêt date ({arret}): a file is received after the draft is adopted; check the two dates.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="138" />
        <source>No document of the scan for {entries} (give IDURBA or INSEE codes; the scan holds one document, {first}).</source>
        <translation>No document of the scan for {entries} (give IDURBA or INSEE codes; the scan holds one document, {first}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="343" />
        <source>Opinion written on the draft plan adopted (projet arrêté){arret}</source>
        <translation>Opinion written on the draft plan adopted (projet arrêté){arret}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="343" />
        <source> on {date}</source>
        <translation> on {date}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="345" />
        <source>; the opinion is due by {date}.</source>
        <translation>; the opinion is due by {date}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="345" />
        <source>; receipt date not given: no deadline.</source>
        <translation>; receipt date not given: no deadline.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="348" />
        <source>Opinion written on the modification of the plan.</source>
        <translation>Opinion written on the modification of the plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="351" />
        <source>Analysis note written: the plan given is approved{approval}, it is not a draft adopted (projet arrêté)</source>
        <translation>Analysis note written: the plan given is approved{approval}, it is not a draft adopted (projet arrêté)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="361" />
        <source>arrêt</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="361" />
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="365" />
        <source>; the dates typed ({names}) were not used</source>
        <translation>; the dates typed ({names}) were not used</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="366" />
        <source>; the date typed ({names}) was not used</source>
        <translation>; the date typed ({names}) was not used</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="355" />
        <source>Analysis note written: the data given disagree on the plan's stage ({reasons}); no opinion can be given.</source>
        <translation>Analysis note written: the data given disagree on the plan's stage ({reasons}); no opinion can be given.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="519" />
        <source>What was written, in words</source>
        <translation>What was written, in words</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>SCOT sectors with reinforced digital criteria (DOO)</source>
        <translation>SCOT sectors with reinforced digital criteria (DOO)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>SCOT sectors (DOO)</source>
        <translation>SCOT sectors (DOO)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/scan_inputs.py" line="198" />
        <source>the SCOT's sectors with reinforced digital criteria</source>
        <translation>the SCOT's sectors with reinforced digital criteria</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/scan_inputs.py" line="199" />
        <source>the agglomération</source>
        <translation>the agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/scan_inputs.py" line="208" />
        <source>The layer {layer} ({file}) given for {input} has no geometry: choose the polygon layer itself (for a SCOT, in its Donnees_geographiques folder).</source>
        <translation>The layer {layer} ({file}) given for {input} has no geometry: choose the polygon layer itself (for a SCOT, in its Donnees_geographiques folder).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="48" />
        <source>The ANFR antenna sites given do not cover the plan: they lie {distance} away.</source>
        <translation>The ANFR antenna sites given do not cover the plan: they lie {distance} away.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="50" />
        <source>The ARCEP sites given do not cover the plan: they lie {distance} away.</source>
        <translation>The ARCEP sites given do not cover the plan: they lie {distance} away.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="92" />
        <source>révision simplifiée</source>
        <translation>révision simplifiée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="92" />
        <source>modification simplifiée</source>
        <translation>modification simplifiée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="477" />
        <source>Left empty, the procedure is read from the plan.</source>
        <translation>Left empty, the procedure is read from the plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="524" />
        <source>Prescribed after the arrêt ({date}): check the two dates.</source>
        <translation>Prescribed after the arrêt ({date}): check the two dates.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="658" />
        <source>the commune {of_name}</source>
        <translation>the commune {of_name}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="659" />
        <source>the commune of INSEE code {insee}</source>
        <translation>the commune of INSEE code {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="74" />
        <source>The date the procedure was prescribed ({begun}) is later than the arrêt date ({arret}): a draft is adopted after its procedure began; check the two dates.</source>
        <translation>The date the procedure was prescribed ({begun}) is later than the arrêt date ({arret}): a draft is adopted after its procedure began; check the two dates.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="362" />
        <source>prescription</source>
        <translation>prescription</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="108" />
        <source>Give the {inputs} layer to evaluate this point.</source>
        <translation>Give the {inputs} layer to evaluate this point.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="132" />
        <source>the {inputs} files given lie outside the plan ({distances} away)</source>
        <translation>the {inputs} files given lie outside the plan ({distances} away)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="23" />
        <source>The Département could not examine the PADD sent, whose file holds no readable text; it asks to receive a readable version of it.</source>
        <translation>The Département could not examine the PADD sent, whose file holds no readable text; it asks to receive a readable version of it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="26" />
        <source>The Département could not examine the written règlement sent, whose file holds no readable text; it asks to receive a readable version of it.</source>
        <translation>The Département could not examine the written règlement sent, whose file holds no readable text; it asks to receive a readable version of it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="29" />
        <source>The Département could not examine the OAP sent, whose file holds no readable text; it asks to receive a readable version of them.</source>
        <translation>The Département could not examine the OAP sent, whose file holds no readable text; it asks to receive a readable version of them.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="35" />
        <source>{given} holds no usable text (a document of a few words)</source>
        <translation>{given} holds no usable text (a document of a few words)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="76" />
        <source>{given} could not be read: no zone chapter was found in its text</source>
        <translation>{given} could not be read: no zone chapter was found in its text</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="79" />
        <source>{given} could not be read as a piece of the plan</source>
        <translation>{given} could not be read as a piece of the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="301" />
        <source>trench</source>
        <translation>trench</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="301" />
        <source>trenches</source>
        <translation>trenches</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="303" />
        <source>need</source>
        <translation>need</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="303" />
        <source>needs</source>
        <translation>needs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="305" />
        <source>Trenches of other works able to carry the needs: {trenches} for {needs}, {length} of trench in all (each trench counted once, rows of internal coordination apart); civil-works cost of such trenches of the order of {low} to {high} (CETE de l'Ouest reference, undated, not updated), shared under each legal basis or agreement, not saved whole.</source>
        <translation>Trenches of other works able to carry the needs: {trenches} for {needs}, {length} of trench in all (each trench counted once, rows of internal coordination apart); civil-works cost of such trenches of the order of {low} to {high} (CETE de l'Ouest reference, undated, not updated), shared under each legal basis or agreement, not saved whole.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="298" />
        <source>{support} is between {known} and {d} from the nearest fibre route (the routes beyond the plan's margin were not read): fibring it would take a trench costing about {cost_low} to {cost} ({range}).</source>
        <translation>{support} is between {known} and {d} from the nearest fibre route (the routes beyond the plan's margin were not read): fibring it would take a trench costing about {cost_low} to {cost} ({range}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="157" />
        <source>Zone {label} ({area}): {existing} of the zone within reach of the existing RIP network recorded, {planned} within reach of the RIP routes planned (not built yet). {basis}</source>
        <translation>Zone {label} ({area}): {existing} of the zone within reach of the existing RIP network recorded, {planned} within reach of the RIP routes planned (not built yet). {basis}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="323" />
        <source>Future public road “{label}”: plan the laying of ducts and chambers for electronic communications when the road is built.</source>
        <translation>Future public road “{label}”: plan the laying of ducts and chambers for electronic communications when the road is built.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="327" />
        <source>Reserved site n° {n}, future public road: plan the laying of ducts and chambers for electronic communications when the road is built.</source>
        <translation>Reserved site n° {n}, future public road: plan the laying of ducts and chambers for electronic communications when the road is built.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="329" />
        <source>Reserved site n° {n}, future public road “{purpose}”: plan the laying of ducts and chambers for electronic communications when the road is built.</source>
        <translation>Reserved site n° {n}, future public road “{purpose}”: plan the laying of ducts and chambers for electronic communications when the road is built.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="38" />
        <source>Is the Département the organising authority of the RIP?</source>
        <translation>Is the Département the organising authority of the RIP?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="53" />
        <source>According to the owner of the GraceTHD works</source>
        <translation>According to the owner of the GraceTHD works</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="53" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="53" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="251" />
        <source>{support} is planned in {where}.</source>
        <translation>{support} is planned in {where}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="251" />
        <source>{support} stands in {where}.</source>
        <translation>{support} stands in {where}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="70" />
        <source>Before approval, exclude from the EBC the strictly needed footprint, or move the project out of it; neither an emplacement réservé inside the EBC nor a servitude de localisation (U and AU zones only) resolves the conflict.</source>
        <translation>Before approval, exclude from the EBC the strictly needed footprint, or move the project out of it; neither an emplacement réservé inside the EBC nor a servitude de localisation (U and AU zones only) resolves the conflict.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="73" />
        <source>{support} is planned there</source>
        <translation>{support} is planned there</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="73" />
        <source>{supports} are planned there</source>
        <translation>{supports} are planned there</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="103" />
        <source> Combined with the ban on antennas (page {page}: « {quote} »), no site can be built.</source>
        <translation> Combined with the ban on antennas (page {page}: « {quote} »), no site can be built.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="110" />
        <source>Zone {label}: the written règlement (zone chapter, page {page}) does not provide for the constructions and installations needed by collective equipment or public services; {stand}.</source>
        <translation>Zone {label}: the written règlement (zone chapter, page {page}) does not provide for the constructions and installations needed by collective equipment or public services; {stand}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="115" />
        <source>The règlement graphique delimits on {share} of zone {label} a sector under article L151-40 (« {sector} »), but the written règlement ({where}) does not define the reinforced criteria; {said}.</source>
        <translation>The règlement graphique delimits on {share} of zone {label} a sector under article L151-40 (« {sector} »), but the written règlement ({where}) does not define the reinforced criteria; {said}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="262" />
        <source>{support} already stands there, and the ER's purpose does not say whether the planned mast replaces it or shares it</source>
        <translation>{support} already stands there, and the ER's purpose does not say whether the planned mast replaces it or shares it</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="138" />
        <source>Zone {label}: the règlement graphique lays {extent} the prescription « {prescription} », while the written règlement ({where}) says: {said}. The two rules disagree: {why}.</source>
        <translation>Zone {label}: the règlement graphique lays {extent} the prescription « {prescription} », while the written règlement ({where}) says: {said}. The two rules disagree: {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="186" />
        <source>on the whole zone</source>
        <translation>on the whole zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="187" />
        <source>on {share} of the zone</source>
        <translation>on {share} of the zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="341" />
        <source>planned {place}</source>
        <translation>planned {place}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>File &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Files of type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Directory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Parent Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Create New Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>List View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Detail View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>New Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;New Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Show &amp;hidden files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Date Modified</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>