<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="38" />
        <source>{path} does not exist.</source>
        <translation>{path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="233" />
        <source>Normalised plan and findings: {path}</source>
        <translation>Plan normalisé et constats : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="274" />
        <source>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Modèle : {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="277" />
        <source>Layers: {layers}</source>
        <translation>Couches : {layers}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="278" />
        <source>Emplacements réservés: {n}</source>
        <translation>Emplacements réservés : {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="289" />
        <source>Findings: {n}</source>
        <translation>Constats : {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="179" />
        <source>{path} already exists; choose another name or allow overwriting (--overwrite).</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou autorisez l'écrasement (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="150" />
        <source>Layer {layer} is not a CNIG table: it was not read.</source>
        <translation>La couche {layer} n'est pas une table CNIG : elle n'a pas été lue.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="154" />
        <source>Layer {layer} repeats table {table}: only {first} was read.</source>
        <translation>La couche {layer} répète la table {table} : seule {first} a été lue.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="203" />
        <source>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</source>
        <translation>PERIMETRE_SCOT contient {n} lignes ; le standard attend un seul périmètre.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="203" />
        <source>Merge the perimeter into a single (multi)polygon row.</source>
        <translation>Fusionner le périmètre en une seule ligne (multi)polygone.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="208" />
        <source>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</source>
        <translation>Aucune table ZONE_URBA, SECTEUR_CC ou PERIMETRE_SCOT n'a été trouvée.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="354" />
        <source>Mandatory field {field} is missing from {layer} (model {model}).</source>
        <translation>Le champ obligatoire {field} manque dans {layer} (modèle {model}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="360" />
        <source>Mandatory field {field} is empty.</source>
        <translation>Le champ obligatoire {field} est vide.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="363" />
        <source>Field {field} is absent; the standard wants it present, even empty.</source>
        <translation>Le champ {field} est absent ; le standard le veut présent, même vide.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="395" />
        <source>Code {value} of {field} is not in the list of model {model}.</source>
        <translation>Le code {value} de {field} n'est pas dans la liste du modèle {model}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="474" />
        <source>The geometry is empty or null.</source>
        <translation>La géométrie est vide ou nulle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="478" />
        <source>Invalid geometry: {reason}.</source>
        <translation>Géométrie invalide : {reason}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="449" />
        <source>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</source>
        <translation>Aucun système de coordonnées exploitable n'est déclaré ({declared}) ; les coordonnées sont lues en Lambert-93 (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="449" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="449" />
        <source>Declare EPSG:2154 (or the overseas CRS of the standard).</source>
        <translation>Déclarer EPSG:2154 (ou le système ultramarin prévu par le standard).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="457" />
        <source>CRS {crs} is not one the CNIG standard allows.</source>
        <translation>Le système {crs} n'est pas admis par le standard CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="461" />
        <source>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</source>
        <translation>Le système déclaré {crs} n'est pas celui du standard CNIG : la couche a été reprojetée en EPSG:2154.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="470" />
        <source>The feature lies outside the validity domain of Lambert-93.</source>
        <translation>L'objet est hors du domaine de validité du Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="494" />
        <source>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</source>
        <translation>Les zones {a} ({fa}) et {b} ({fb}) se superposent sur {area} m².</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="508" />
        <source>Gap of {area} m² between zones inside the document's perimeter.</source>
        <translation>Lacune de {area} m² entre zones à l'intérieur du périmètre du document.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="533" />
        <source>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</source>
        <translation>Le libellé {label} évoque une zone {found} mais TYPEZONE vaut {typezone}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="545" />
        <source>Prescription labelled “{label}” has TYPEPSC {code}, not 05 (emplacement réservé).</source>
        <translation>La prescription libellée « {label} » a le TYPEPSC {code}, et non 05 (emplacement réservé).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="136" />
        <source>Scan Urba cannot start: missing Python libraries: {libs}. Install them for the Python of QGIS, then restart QGIS. {command}</source>
        <translation>Scan Urba ne peut pas démarrer : bibliothèques Python manquantes : {libs}. Installez-les pour le Python de QGIS, puis redémarrez QGIS. {command}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="146" />
        <source>Scan Urba: {libs} missing, needed only for {uses}. {command}</source>
        <translation>Scan Urba : {libs} manquant, nécessaire seulement pour {uses}. {command}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="34" />
        <source>PostGIS inputs and outputs</source>
        <translation>les entrées et sorties PostGIS</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="37" />
        <source>Scan Urba</source>
        <translation>Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="378" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="803" />
        <source>Running…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1091" />
        <source>Cancelled or failed: see the log panel.</source>
        <translation>Annulé ou en échec : voir le journal des messages.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="39" />
        <source>Check a PLU or SCOT against digital-network articles</source>
        <translation>Contrôler un PLU ou un SCOT au regard des articles sur les réseaux numériques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="48" />
        <source>&amp;Scan Urba</source>
        <translation>&amp;Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="58" />
        <source>1 – Read the inputs</source>
        <translation>1 – Lire les données</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="59" />
        <source>2 – Check and propose</source>
        <translation>2 – Contrôler et proposer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="60" />
        <source>3 – Report</source>
        <translation>3 – Rapport</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="23" />
        <source>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</source>
        <translation>Importer et contrôler un document CNIG (PLU, PLUi, CC, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="26" />
        <source>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</source>
        <translation>Lit un PLU, PLUi, une carte communale ou un SCOT au standard CNIG (modèles 2013 à 2025) : dossier ou zip du Géoportail de l'Urbanisme, GeoPackage, GML ou GeoJSON, ou couches du projet (PostGIS compris). Détecte la version du modèle, normalise les noms de champs, les codes (05 et non 5) et les géométries (2D, multi-parties conservées), et signale ce que signale le validateur du GPU (codes inconnus, champs manquants, géométries invalides, objets hors du domaine du système de coordonnées) ainsi que les superpositions et lacunes de zones et les libellés contradictoires avec TYPEZONE. Chaque constat nomme la couche, l'objet et le champ. Les données d'entrée ne sont jamais modifiées.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="37" />
        <source>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</source>
        <translation>Fichier CNIG (zip GPU, GeoPackage, GML, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="37" />
        <source>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</source>
        <translation>…ou dossier GPU (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="37" />
        <source>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</source>
        <translation>…ou couches CNIG du projet (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="41" />
        <source>Smallest overlap or gap reported (m²)</source>
        <translation>Plus petite superposition ou lacune signalée (m²)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="46" />
        <source>Normalised plan and findings (GeoPackage)</source>
        <translation>Document normalisé et constats (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="52" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="176" />
        <source>Summary (JSON)</source>
        <translation>Synthèse (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="176" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="47" />
        <source>Detected CNIG model</source>
        <translation>Modèle CNIG détecté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="179" />
        <source>Summary as JSON text</source>
        <translation>Synthèse au format JSON</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="73" />
        <source>Number of findings</source>
        <translation>Nombre de constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="35" />
        <source>Give a CNIG dataset (folder, zip or file) or CNIG layers.</source>
        <translation>Indiquez un jeu CNIG (dossier, zip ou fichier) ou des couches CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/provider.py" line="37" />
        <source>Scan Urba – urban plans and digital networks</source>
        <translation>Scan Urba – documents d'urbanisme et réseaux numériques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="37" />
        <source>{path} holds no vector table.</source>
        <translation>{path} ne contient aucune table vectorielle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="39" />
        <source>{n} tables read; checking them against the CNIG standard.</source>
        <translation>{n} tables lues ; contrôle au regard du standard CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/archives.py" line="23" />
        <source>{path} is not a readable zip archive ({error}).</source>
        <translation>{path} n'est pas une archive zip lisible ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/archives.py" line="28" />
        <source>Zip {path} was refused: entry “{name}” points outside the archive.</source>
        <translation>Le zip {path} est refusé : l'entrée « {name} » pointe hors de l'archive.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="71" />
        <source>{path} cannot be opened: the file is damaged or not a supported format.</source>
        <translation>{path} ne peut pas être ouvert : fichier endommagé ou format non pris en charge.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="111" />
        <source>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</source>
        <translation>La couche {name} ({uri}) est illisible : il manque une partie du fichier (.shp/.shx/.dbf), il est endommagé, ou ce n'est pas un format vectoriel.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="116" />
        <source>Cannot write layer {layer} to {path}: {error}</source>
        <translation>Impossible d'écrire la couche {layer} dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="144" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="524" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="528" />
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="536" />
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="536" />
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="68" />
        <source>No SUP_SUPPORT file in {path}.</source>
        <translation>Aucun fichier SUP_SUPPORT dans {path}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="168" />
        <source>{path}: columns {columns} are missing.</source>
        <translation>{path} : les colonnes {columns} manquent.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="80" />
        <source>Line {line} has fewer fields than the ANFR format: the missing ones are read as empty.</source>
        <translation>La ligne {line} a moins de champs que le format ANFR : les champs manquants sont lus vides.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="92" />
        <source>Field {field} holds “{value}”, not a number.</source>
        <translation>Le champ {field} contient « {value} », qui n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="368" />
        <source>Support {sup}: its coordinates are impossible; it cannot be placed.</source>
        <translation>Support {sup} : coordonnées impossibles ; il ne peut pas être placé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="110" />
        <source>Support {sup} lies outside metropolitan France: it is not placed in Lambert-93.</source>
        <translation>Le support {sup} est hors de la France métropolitaine : il n'est pas placé en Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="115" />
        <source>Line {line} has no SUP_ID: it is ignored.</source>
        <translation>La ligne {line} n'a pas de SUP_ID : elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="42" />
        <source>{path} cannot be read: {error}</source>
        <translation>{path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="50" />
        <source>{path}: fields are not separated by “{sep}” (found another separator on line 1).</source>
        <translation>{path} : les champs ne sont pas séparés par « {sep} » (autre séparateur trouvé ligne 1).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="142" />
        <source>Table {table} has no field {field}.</source>
        <translation>La table {table} n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="162" />
        <source>{field} = {value} points to no row of {target}.</source>
        <translation>{field} = {value} ne renvoie à aucune ligne de {target}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="172" />
        <source>Code {value} of {field} is not in the GraceTHD value list.</source>
        <translation>Le code {value} de {field} n'est pas dans la liste de valeurs GraceTHD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="304" />
        <source>Table t_cheminement is absent: no route can be read.</source>
        <translation>La table t_cheminement est absente : aucun cheminement ne peut être lu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="398" />
        <source>Conduit {code} lies on no route (no t_cond_chem row).</source>
        <translation>Le fourreau {code} n'est sur aucun cheminement (pas de ligne t_cond_chem).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="77" />
        <source>{path}, line {line}: expected “target=source field”.</source>
        <translation>{path}, ligne {line} : « cible=champ source » attendu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="82" />
        <source>{path}: the mapping must be an object of target: source field.</source>
        <translation>{path} : la correspondance doit être un objet cible : champ source.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="94" />
        <source>Unknown target field(s) in the mapping: {fields}. Expected: {expected}.</source>
        <translation>Champ(s) cible(s) inconnu(s) dans la correspondance : {fields}. Attendus : {expected}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="102" />
        <source>Layer {layer}: field {source} (mapped to {target}) does not exist. Fields: {columns}.</source>
        <translation>Couche {layer} : le champ {source} (associé à {target}) n'existe pas. Champs : {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="114" />
        <source>Layer {layer}: mandatory field(s) {missing} are not mapped. Map them (e.g. {example}) among: {columns}.</source>
        <translation>Couche {layer} : champ(s) obligatoire(s) {missing} non associé(s). Associez-les (par ex. {example}) parmi : {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="146" />
        <source>The feature has no usable line or polygon geometry: it is ignored.</source>
        <translation>L'objet n'a pas de géométrie linéaire ou surfacique exploitable : il est ignoré.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="165" />
        <source>{field} = “{value}” is not a valid date.</source>
        <translation>{field} = « {value} » n'est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="170" />
        <source>The works end before they start.</source>
        <translation>Les travaux finissent avant de commencer.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="174" />
        <source>Nature “{value}” is not recognised: the works are kept as “autre”.</source>
        <translation>Nature « {value} » non reconnue : les travaux sont conservés comme « autre ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="202" />
        <source>This line is neither telecom, electricity nor lighting: it is kept as “autre”.</source>
        <translation>Cette ligne n'est ni télécom, ni électricité, ni éclairage : elle est conservée comme « autre ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="264" />
        <source>Zone type “{value}” is not RIP, AMII, AMEL or ZTD.</source>
        <translation>Le type de zone « {value} » n'est ni RIP, ni AMII, ni AMEL, ni ZTD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="399" />
        <source>Line {line}: the coordinates cannot be read.</source>
        <translation>Ligne {line} : les coordonnées sont illisibles.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="26" />
        <source>Import a GraceTHD network (ducts and public FTTH network)</source>
        <translation>Importer un réseau GraceTHD (fourreaux et réseau d'initiative publique)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="29" />
        <source>Reads GraceTHD-MCD: the v2 exchange format (shapefiles and `;` CSV with the l_* value lists, folder or zip), v2 tables loaded in PostGIS or SpatiaLite (as layers of the project), or a v3 GeoPackage. It builds one duct-network model: routes (t_cheminement) with implantation type, progress (existing, to build, under construction), phase, owner, manager and how many ducts they carry and how many are free; technical sites (NRO, SRO/PM) and chambers placed through t_noeud; radio sites; NRO/SRO zones. Orphan foreign keys, unknown codes and missing fields are reported as gracethd.* findings.</source>
        <translation>Lit GraceTHD-MCD : format d'échange v2 (shapefiles et CSV « ; » avec les listes de valeurs l_*, dossier ou zip), tables v2 chargées dans PostGIS ou SpatiaLite (couches du projet), ou GeoPackage v3. Construit un modèle unique du réseau de fourreaux : cheminements (t_cheminement) avec type d'implantation, avancement (existant, à créer, en travaux), phase, propriétaire, gestionnaire, nombre de fourreaux et de fourreaux libres ; sites techniques (NRO, SRO/PM) et chambres placés par t_noeud ; sites radio ; zones NRO/SRO. Les clés étrangères orphelines, codes inconnus et champs manquants sont signalés (constats gracethd.*).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="40" />
        <source>GraceTHD file (v3 GeoPackage, or v2 zip)</source>
        <translation>Fichier GraceTHD (GeoPackage v3, ou zip v2)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="40" />
        <source>…or GraceTHD v2 exchange folder (shapefiles + CSV)</source>
        <translation>…ou dossier d'échange GraceTHD v2 (shapefiles + CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="40" />
        <source>…or GraceTHD layers of the project (t_cheminement, t_noeud…)</source>
        <translation>…ou couches GraceTHD du projet (t_cheminement, t_noeud…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="44" />
        <source>Duct network (GeoPackage)</source>
        <translation>Réseau de fourreaux (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="82" />
        <source>Give a GraceTHD dataset (folder, zip or GeoPackage) or layers.</source>
        <translation>Indiquez un jeu GraceTHD (dossier, zip ou GeoPackage) ou des couches.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="66" />
        <source>Import antenna sites (ANFR, ARCEP)</source>
        <translation>Importer les points hauts (ANFR, ARCEP)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="69" />
        <source>Reads the ANFR open data “installations radioélectriques de plus de 5 watts” (SUP_SUPPORT joined to SUP_STATION and SUP_EMETTEUR, with the reference tables of natures, owners and operators), converts the WGS84 degrees/minutes/seconds to Lambert-93 and keeps one row per support (SUP_ID) with its operators, technologies, owner, nature and height. Files may have a header or not, be UTF-8 or latin-1. The ARCEP “Mon réseau mobile” sites file can be given instead, or as well (zone blanche and New Deal flags).</source>
        <translation>Lit les données ouvertes de l'ANFR « installations radioélectriques de plus de 5 watts » (SUP_SUPPORT joint à SUP_STATION et SUP_EMETTEUR, avec les tables de référence des natures, propriétaires et exploitants), convertit les degrés/minutes/secondes WGS84 en Lambert-93 et garde une ligne par support (SUP_ID) avec ses opérateurs, technologies, propriétaire, nature et hauteur. Les fichiers peuvent avoir ou non une ligne d'en-tête, être en UTF-8 ou latin-1. Le fichier des sites « Mon réseau mobile » de l'ARCEP peut être donné à la place, ou en plus (indicateurs zone blanche et New Deal).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="79" />
        <source>ANFR SUP_SUPPORT file</source>
        <translation>Fichier SUP_SUPPORT de l'ANFR</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="79" />
        <source>…or folder of the ANFR export</source>
        <translation>…ou dossier de l'export ANFR</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="81" />
        <source>Folder of the ANFR reference tables (if elsewhere)</source>
        <translation>Dossier des tables de référence ANFR (s'il est ailleurs)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="84" />
        <source>ARCEP “Mon réseau mobile” sites (CSV)</source>
        <translation>Sites « Mon réseau mobile » de l'ARCEP (CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="84" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="87" />
        <source>Antenna sites (GeoPackage)</source>
        <translation>Points hauts (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="92" />
        <source>Give an ANFR export or an ARCEP sites file.</source>
        <translation>Indiquez un export ANFR ou un fichier de sites ARCEP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="131" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="137" />
        <source>…or a mapping file (JSON or lines target=field)</source>
        <translation>…ou un fichier de correspondance (JSON ou lignes cible=champ)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="140" />
        <source>Normalised layer (GeoPackage)</source>
        <translation>Couche normalisée (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="154" />
        <source>The input layer cannot be read.</source>
        <translation>La couche d'entrée est illisible.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="176" />
        <source>Import planned works (L49 declarations)</source>
        <translation>Importer les travaux programmés (déclarations L49)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="179" />
        <source>No national format exists for works declared under L49 CPCE. Any line or polygon layer is read through a field mapping onto the Scan Urba schema: works_id, maitre_ouvrage (mandatory), nature (mandatory: voirie, eau, assainissement, électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut (mandatory), date_fin, date_declaration, etat. Usual field names are recognised without a mapping. Impossible dates and works ending before they start are reported.</source>
        <translation>Il n'existe pas de format national pour les travaux déclarés au titre de l'article L49 du CPCE. Toute couche linéaire ou surfacique est lue via une correspondance de champs vers le schéma Scan Urba : works_id, maitre_ouvrage (obligatoire), nature (obligatoire : voirie, eau, assainissement, électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut (obligatoire), date_fin, date_declaration, etat. Les noms de champs usuels sont reconnus sans correspondance. Les dates impossibles et les travaux qui finissent avant de commencer sont signalés.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="223" />
        <source>Identifier field</source>
        <translation>Champ identifiant</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="189" />
        <source>Maître d'ouvrage field</source>
        <translation>Champ maître d'ouvrage</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="223" />
        <source>Nature field</source>
        <translation>Champ nature</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="190" />
        <source>Planned start field</source>
        <translation>Champ début prévu</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="191" />
        <source>Planned end field</source>
        <translation>Champ fin prévue</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="192" />
        <source>Declaration date field</source>
        <translation>Champ date de déclaration</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="192" />
        <source>State field</source>
        <translation>Champ état</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="213" />
        <source>Import aerial lines to bury</source>
        <translation>Importer les lignes aériennes à enfouir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="224" />
        <source>Owner field</source>
        <translation>Champ propriétaire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="241" />
        <source>Import the RIP zoning (RIP / AMII / AMEL)</source>
        <translation>Importer le zonage RIP (RIP / AMII / AMEL)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="250" />
        <source>Zone type field</source>
        <translation>Champ type de zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="250" />
        <source>Operator field</source>
        <translation>Champ opérateur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="84" />
        <source>{path} holds no GraceTHD table (t_cheminement, t_noeud…).</source>
        <translation>{path} ne contient aucune table GraceTHD (t_cheminement, t_noeud…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="138" />
        <source>Cannot write feature {n} of layer {layer} to {path}: {error}</source>
        <translation>Impossible d'écrire l'objet {n} de la couche {layer} dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="209" />
        <source>ARCEP building files (imb_etat) are not summarised by inspect yet.</source>
        <translation>Les fichiers immeubles de l'ARCEP (imb_etat) ne sont pas encore résumés par inspect.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="328" />
        <source>--param expects NAME=NUMBER, got “{item}”.</source>
        <translation>--param attend NOM=NOMBRE, reçu « {item} ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="341" />
        <source>Unknown parameter(s) {names}. Known: {known}.</source>
        <translation>Paramètre(s) inconnu(s) : {names}. Connus : {known}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="109" />
        <source>Result: {path}</source>
        <translation>Résultat : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="425" />
        <source>Model: {model} — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Modèle : {model} — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="432" />
        <source>Zones: {status}</source>
        <translation>Zones : {status}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="97" />
        <source>Not evaluated (missing input): {rules}</source>
        <translation>Non évaluées (donnée absente) : {rules}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="59" />
        <source>Unknown parameter {name}. Known: {known}.</source>
        <translation>Paramètre inconnu {name}. Connus : {known}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="24" />
        <source>Antenna sites of several operators close together: pooling candidates</source>
        <translation>Points hauts de plusieurs opérateurs proches : candidats à la mutualisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="46" />
        <source>Antenna site without fibre nearby</source>
        <translation>Point haut sans fibre à proximité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="127" />
        <source>Ask for the file early and propose pooling with existing sites.</source>
        <translation>Demander le dossier tôt et proposer la mutualisation avec les sites existants.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="327" />
        <source>Fibre this site, ideally in a trench opened by planned works (see the opportunities).</source>
        <translation>Fibrer ce site, de préférence dans une tranchée ouverte par des travaux programmés (voir les opportunités).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="157" />
        <source>Check with the RIP that the rest of the zone is in the deployment plan.</source>
        <translation>Vérifier avec le RIP que le reste de la zone figure au plan de déploiement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="87" />
        <source>Trench-sharing opportunities</source>
        <translation>Opportunités de mutualisation de tranchées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="364" />
        <source>beneficiary of the ER</source>
        <translation>bénéficiaire de l'ER</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="369" />
        <source>developer of the AU zone</source>
        <translation>aménageur de la zone AU</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="949" />
        <source>a RIP route to build</source>
        <translation>un cheminement du RIP à construire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="951" />
        <source>an antenna site to fibre</source>
        <translation>un point haut à fibrer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="952" />
        <source>an AU zone to equip</source>
        <translation>une zone AU à équiper</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="953" />
        <source>a missing link between duct routes</source>
        <translation>une liaison manquante entre cheminements</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="187" />
        <source>Number of opportunities</source>
        <translation>Nombre d'opportunités</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="373" />
        <source>Full scan: compliance check and trench sharing</source>
        <translation>Analyse complète : contrôle et mutualisation de tranchées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Urban plan: file (GPU zip, GeoPackage…)</source>
        <translation>Document d'urbanisme : fichier (zip GPU, GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or urban plan: GPU folder</source>
        <translation>…ou document d'urbanisme : dossier GPU</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or urban plan: CNIG layers of the project</source>
        <translation>…ou document d'urbanisme : couches CNIG du projet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>GraceTHD: file (v3 GeoPackage, v2 zip)</source>
        <translation>GraceTHD : fichier (GeoPackage v3, zip v2)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="132" />
        <source>…or GraceTHD v2 folder</source>
        <translation>…ou dossier GraceTHD v2</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>ANFR export folder (SUP_SUPPORT…)</source>
        <translation>Dossier de l'export ANFR (SUP_SUPPORT…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>ANFR reference tables folder (if elsewhere)</source>
        <translation>Dossier des tables de référence ANFR (s'il est ailleurs)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>ARCEP sites file (CSV)</source>
        <translation>Fichier des sites ARCEP (CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="39" />
        <source>Planned works</source>
        <translation>Travaux programmés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Aerial lines to bury</source>
        <translation>Lignes aériennes à enfouir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>RIP zoning (RIP/AMII/AMEL)</source>
        <translation>Zonage RIP (RIP/AMII/AMEL)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Works field mapping file</source>
        <translation>Correspondance des champs des travaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Aerial lines field mapping file</source>
        <translation>Correspondance des champs des lignes aériennes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>RIP zoning field mapping file</source>
        <translation>Correspondance des champs du zonage RIP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>SCOT (GPU folder or file)</source>
        <translation>SCOT (dossier GPU ou fichier)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="207" />
        <source>Default {value} {unit}. Source: {source}</source>
        <translation>Par défaut {value} {unit}. Source : {source}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="215" />
        <source>Scan result (GeoPackage)</source>
        <translation>Résultat de l'analyse (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="228" />
        <source>Give the urban plan (file, GPU folder or layers).</source>
        <translation>Indiquez le document d'urbanisme (fichier, dossier GPU ou couches).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="24" />
        <source>supports of different operators or owners closer than this form a cluster</source>
        <translation>distance en deçà de laquelle des supports d'opérateurs ou propriétaires différents forment un groupe</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="46" />
        <source>a support farther than this from a fibre route is to be fibred</source>
        <translation>distance au-delà de laquelle un support est à fibrer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="19" />
        <source>A and N zones, or outside the plan</source>
        <translation>zones A et N, ou hors document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="19" />
        <source>AU zones (low end of the average)</source>
        <translation>zones AU (bas de la fourchette moyenne)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="19" />
        <source>U zones (high end of the average)</source>
        <translation>zones U (haut de la fourchette moyenne)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="19" />
        <source>U zones labelled UA (centre ancien)</source>
        <translation>zones U libellées UA (centre ancien)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="18" />
        <source>share of an AU zone inside a SCOT sector from which the sector applies to it</source>
        <translation>part d'une zone AU dans un secteur du SCOT à partir de laquelle le secteur s'y applique</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="17" />
        <source>share of a zone a prescription must cover to count as covering it</source>
        <translation>part d'une zone qu'une prescription doit couvrir pour être prise en compte</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>distance within which a site counts as inside an ER</source>
        <translation>distance en deçà de laquelle un site est considéré dans un ER</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>a need and an offer within this distance share a trench</source>
        <translation>distance en deçà de laquelle un besoin et une offre partagent une tranchée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>longest gap between the ends of existing duct routes reported as a missing link</source>
        <translation>plus grand écart entre extrémités de cheminements existants signalé comme liaison manquante</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>L49 threshold in agglomération</source>
        <translation>seuil L49 en agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>L49 threshold outside agglomération</source>
        <translation>seuil L49 hors agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>shorter shared stretches are ignored</source>
        <translation>les tronçons partagés plus courts sont ignorés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1023" />
        <source>Report: {html} and {pdf} ({pages} pages)</source>
        <translation>Rapport : {html} et {pdf} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="414" />
        <source>Give --html and/or --pdf.</source>
        <translation>Indiquez --html et/ou --pdf.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="421" />
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="173" />
        <source>Scan Urba report</source>
        <translation>Rapport Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="202" />
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="274" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="82" />
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="122" />
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="263" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="101" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="89" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="89" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="85" />
        <source>Works</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="318" />
        <source>Maître d'ouvrage</source>
        <translation>Maître d'ouvrage</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="84" />
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="318" />
        <source>L49 eligible</source>
        <translation>Éligible L49</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="93" />
        <source>L49 deadline</source>
        <translation>Date limite L49</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="100" />
        <source>Legal basis</source>
        <translation>Base légale</translation>
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
        <translation>Date de l'analyse</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="387" />
        <source>Scan Urba / QGIS</source>
        <translation>Scan Urba / QGIS</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="396" />
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="396" />
        <source>Features</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="401" />
        <source>Document and inputs</source>
        <translation>Document et données d'entrée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="436" />
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="485" />
        <source>Legal texts applied</source>
        <translation>Textes appliqués</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="527" />
        <source>Parameters of this run</source>
        <translation>Paramètres de cette analyse</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="527" />
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="101" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="82" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="239" />
        <source>finding</source>
        <translation>constat</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="408" />
        <source>Scan Urba – findings and opportunities</source>
        <translation>Scan Urba – constats et opportunités</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="512" />
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="454" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="653" />
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="653" />
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Urban plan (PLU, PLUi, SCOT)</source>
        <translation>Document d'urbanisme (PLU, PLUi, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="86" />
        <source>Serving distance</source>
        <translation>Distance de desserte</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="87" />
        <source>Antenna fibred within</source>
        <translation>Point haut fibré à moins de</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="88" />
        <source>Pooling radius</source>
        <translation>Rayon de mutualisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="89" />
        <source>Trench corridor width</source>
        <translation>Largeur du corridor de tranchée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="340" />
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="376" />
        <source>Run the scan</source>
        <translation>Lancer l'analyse</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="390" />
        <source>Findings browser</source>
        <translation>Explorateur des constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="990" />
        <source>Write the report</source>
        <translation>Écrire le rapport</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="55" />
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
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
        <translation>Pages du PDF</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or GraceTHD layers of the project (PostGIS, SpatiaLite)</source>
        <translation>…ou couches GraceTHD du projet (PostGIS, SpatiaLite)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="91" />
        <source>Overview: zones by status, findings and opportunities</source>
        <translation>Vue d'ensemble : zones par statut, constats et opportunités</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="244" />
        <source>Zone of this page</source>
        <translation>Zone de cette page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="457" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="127" />
        <source>{path} is not a Scan Urba result (no zones_bilan layer).</source>
        <translation>{path} n'est pas un résultat Scan Urba (pas de couche zones_bilan).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="182" />
        <source>Layer {layer} ({table}) holds no feature.</source>
        <translation>La couche {layer} ({table}) ne contient aucun objet.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="311" />
        <source>Identifier {value} of {field} is used by several features.</source>
        <translation>L'identifiant {value} de {field} est utilisé par plusieurs objets.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="424" />
        <source>A {found} in table {table}: the feature is ignored by the checks.</source>
        <translation>Un objet de type {found} dans la table {table} : il est ignoré par les contrôles.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="96" />
        <source>Layer {name}: {file} has no {part} file beside it, so it cannot be read.</source>
        <translation>Couche {name} : {file} n'a pas de fichier {part} à côté de lui ; il ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="102" />
        <source>{file} is truncated ({actual} of {declared} bytes): the features past the cut have no geometry.</source>
        <translation>{file} est tronqué ({actual} octets sur {declared}) : les objets au-delà de la coupure n'ont pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="94" />
        <source>Unexpected error in {alg}: {error} (details in the Scan Urba log).</source>
        <translation>Erreur inattendue dans {alg} : {error} (détails dans le journal Scan Urba).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="145" />
        <source>…or a PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…ou un schéma PostGIS (PG:&lt;connexion&gt; schema=&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or urban plan: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…ou document d'urbanisme : schéma PostGIS (PG:&lt;connexion&gt; schema=&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>…or GraceTHD: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…ou GraceTHD : schéma PostGIS (PG:&lt;connexion&gt; schema=&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="220" />
        <source>Also write the results to PostGIS (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>Écrire aussi les résultats dans PostGIS (PG:&lt;connexion&gt; schema=&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="27" />
        <source>{dataset}: name the schema (schema=…).</source>
        <translation>{dataset} : indiquez le schéma (schema=…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="53" />
        <source>Cannot connect to PostgreSQL ({conninfo}): {error}</source>
        <translation>Connexion à PostgreSQL impossible ({conninfo}) : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="64" />
        <source>Schema {schema} holds no table (or does not exist).</source>
        <translation>Le schéma {schema} ne contient aucune table (ou n'existe pas).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="87" />
        <source>Table {schema}.{table} cannot be read through QGIS.</source>
        <translation>La table {schema}.{table} ne peut pas être lue par QGIS.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="105" />
        <source>Schema {schema} already exists; allow overwriting (--overwrite).</source>
        <translation>Le schéma {schema} existe déjà ; autorisez l'écrasement (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="113" />
        <source>The results could not be copied to PostgreSQL.</source>
        <translation>Les résultats n'ont pas pu être copiés dans PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="138" />
        <source>Technical point has no node ({value} is not in t_noeud).</source>
        <translation>Le point technique n'a pas de nœud ({value} absent de t_noeud).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="150" />
        <source>The route has zero length.</source>
        <translation>Le cheminement a une longueur nulle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="157" />
        <source>cm_long says {declared} m but the geometry measures {length} m.</source>
        <translation>cm_long indique {declared} m mais la géométrie mesure {length} m.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="169" />
        <source>Routes {a} and {b} overlap over {length} m (duplicate?).</source>
        <translation>Les cheminements {a} et {b} se superposent sur {length} m (doublon ?).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="183" />
        <source>A route end lies more than {tol} m from any node.</source>
        <translation>Une extrémité de cheminement est à plus de {tol} m de tout nœud.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="199" />
        <source>Node {code} joins aerial and underground routes without a technical point (pole or chamber) for the transition.</source>
        <translation>Le nœud {code} relie des cheminements aériens et souterrains sans point technique (appui ou chambre) pour la transition.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="213" />
        <source>Conduit {code} lies on no route.</source>
        <translation>Le fourreau {code} n'est sur aucun cheminement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="221" />
        <source>Route {code} is declared as a duct (CONDUITE) but carries no conduit.</source>
        <translation>Le cheminement {code} est déclaré en conduite mais ne porte aucun fourreau.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="400" />
        <source>Create a duct inventory…</source>
        <translation>Créer un inventaire de fourreaux…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="401" />
        <source>An empty GraceTHD inventory with forms, value lists, relations and snapping, added to this project.</source>
        <translation>Un inventaire GraceTHD vide, avec formulaires, listes de valeurs, relations et accrochage, ajouté à ce projet.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1038" />
        <source>Create a duct inventory</source>
        <translation>Créer un inventaire de fourreaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1046" />
        <source>Duct inventory created: {path}</source>
        <translation>Inventaire de fourreaux créé : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="61" />
        <source>4 – Duct inventory</source>
        <translation>4 – Inventaire des fourreaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="25" />
        <source>Create a duct inventory (GraceTHD template)</source>
        <translation>Créer un inventaire de fourreaux (gabarit GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="28" />
        <source>Creates an empty duct inventory in a GeoPackage, with GraceTHD field names and types (v2, or v3): routes (t_cheminement), conduits and the route↔conduit link, nodes and technical points, technical sites. It also writes a QGIS project (or adds the layers to the current one) with styles, attribute forms whose codes are picked from the GraceTHD value lists, default values (creation date, producer), relations (route → conduits, node → technical point) and snapping on nodes and route ends.</source>
        <translation>Crée un inventaire de fourreaux vide dans un GeoPackage, avec les noms et types de champs GraceTHD (v2, ou v3) : cheminements (t_cheminement), fourreaux et lien cheminement↔fourreau, nœuds et points techniques, sites techniques. Écrit aussi un projet QGIS (ou ajoute les couches au projet courant) avec styles, formulaires dont les codes se choisissent dans les listes de valeurs GraceTHD, valeurs par défaut (date de création, producteur), relations (cheminement → fourreaux, nœud → point technique) et accrochage sur les nœuds et extrémités.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="134" />
        <source>GraceTHD version</source>
        <translation>Version de GraceTHD</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="39" />
        <source>Producer (organisme code, e.g. OR0001)</source>
        <translation>Producteur (code organisme, par ex. OR0001)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="41" />
        <source>Add the layers to the current project</source>
        <translation>Ajouter les couches au projet courant</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="44" />
        <source>Inventory (GeoPackage)</source>
        <translation>Inventaire (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="46" />
        <source>QGIS project</source>
        <translation>Projet QGIS</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="46" />
        <source>QGIS project (*.qgz)</source>
        <translation>Projet QGIS (*.qgz)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="79" />
        <source>Check a duct inventory before delivery</source>
        <translation>Contrôler un inventaire de fourreaux avant livraison</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="82" />
        <source>Checks an inventory (the template, any GraceTHD v2/v3 dataset, or a PostGIS schema) for what a GraceTHD consumer would reject: route ends not on a node, duplicate or overlapping routes, zero-length routes, cm_long disagreeing with the geometry, conduits on no route, duct routes with no conduit, technical points with no node, unknown codes, missing mandatory fields, nodes joining aerial and underground routes without a technical point. Findings: findings_lin, findings_pct (rule ids inventory.*).</source>
        <translation>Contrôle un inventaire (le gabarit, tout jeu GraceTHD v2/v3, ou un schéma PostGIS) sur ce qu'un destinataire GraceTHD refuserait : extrémités hors nœud, cheminements en double ou superposés, longueurs nulles, cm_long en désaccord avec la géométrie, fourreaux sans cheminement, conduites sans fourreau, points techniques sans nœud, codes inconnus, champs obligatoires manquants, nœuds reliant aérien et souterrain sans point technique. Constats : findings_lin, findings_pct (règles inventory.*).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="132" />
        <source>Inventory file (GeoPackage, GraceTHD zip)</source>
        <translation>Fichier d'inventaire (GeoPackage, zip GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="94" />
        <source>Snapping tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="97" />
        <source>Findings (GeoPackage)</source>
        <translation>Constats (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="141" />
        <source>Give an inventory (file or folder).</source>
        <translation>Indiquez un inventaire (fichier ou dossier).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="124" />
        <source>Export an inventory to GraceTHD (v2 shapefile/CSV, v3 GeoPackage)</source>
        <translation>Exporter un inventaire en GraceTHD (v2 shapefile/CSV, v3 GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="127" />
        <source>Writes the GraceTHD v2 exchange format (shapefiles in Windows-1252 and `;` CSV in UTF-8, as the GraceTHD rules require) into a folder, or a v3 GeoPackage. Reading the export back gives the same features and attributes.</source>
        <translation>Écrit le format d'échange GraceTHD v2 (shapefiles en Windows-1252 et CSV « ; » en UTF-8, comme l'exigent les règles GraceTHD) dans un dossier, ou un GeoPackage v3. Relire l'export redonne les mêmes objets et attributs.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="137" />
        <source>Destination: folder (v2) or GeoPackage path (v3)</source>
        <translation>Destination : dossier (v2) ou chemin du GeoPackage (v3)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="109" />
        <source>{path} holds no inventory table.</source>
        <translation>{path} ne contient aucune table d'inventaire.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="123" />
        <source>The project {path} could not be written.</source>
        <translation>Le projet {path} n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="91" />
        <source>…or inventory layers of the project</source>
        <translation>…ou couches d'inventaire du projet</translation>
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
        <translation>Indiquez une commune (nom ou code INSEE) ou une emprise.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="157" />
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="157" />
        <source>in progress ({status})</source>
        <translation>en cours ({status})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1100" />
        <source>served from the cache</source>
        <translation>servi depuis le cache</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1100" />
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="481" />
        <source>{name} — {type}, {status}, updated on {date}; {origin}, {n} written pieces</source>
        <translation>{name} — {type}, {status}, mis à jour le {date} ; {origin}, {n} pièces écrites</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="487" />
        <source>Read: model {model}, {n} findings</source>
        <translation>Lu : modèle {model}, {n} constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="502" />
        <source>--extent expects XMIN,YMIN,XMAX,YMAX in degrees, got “{text}”.</source>
        <translation>--extent attend XMIN,YMIN,XMAX,YMAX en degrés, reçu « {text} ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="73" />
        <source>the Géoportail de l'Urbanisme</source>
        <translation>le Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="74" />
        <source>API Carto (GPU module)</source>
        <translation>API Carto (module GPU)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="181" />
        <source>{service} answered HTTP {code} ({reason}) to {url}: the service is down or overloaded; try again later.</source>
        <translation>{service} a répondu HTTP {code} ({reason}) à {url} : le service est indisponible ou surchargé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="192" />
        <source>{service} did not answer within {timeout} s ({url}); try again later.</source>
        <translation>{service} n'a pas répondu en {timeout} s ({url}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="453" />
        <source>{service} cannot be reached at {host} ({reason}): check the network connection or the proxy, or try again later.</source>
        <translation>{service} est injoignable à {host} ({reason}) : vérifiez la connexion réseau ou le proxy, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="210" />
        <source>{service} sent an unreadable answer to {url} ({error}); try again later.</source>
        <translation>{service} a envoyé une réponse illisible à {url} ({error}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="230" />
        <source>Several communes are named “{name}”: {listed}. Give the INSEE code.</source>
        <translation>Plusieurs communes s'appellent « {name} » : {listed}. Indiquez le code INSEE.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="233" />
        <source>No commune is named “{name}”; did you mean: {listed}?</source>
        <translation>Aucune commune ne s'appelle « {name} » ; vouliez-vous dire : {listed} ?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="235" />
        <source>No commune is named “{name}”.</source>
        <translation>Aucune commune ne s'appelle « {name} ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="242" />
        <source>The Géoportail de l'Urbanisme knows no commune with INSEE code {insee}.</source>
        <translation>Le Géoportail de l'Urbanisme ne connaît aucune commune de code INSEE {insee}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="249" />
        <source>{name} ({insee}) no longer exists as a commune (merged into a new one): give the new commune.</source>
        <translation>{name} ({insee}) n'existe plus comme commune (fusionnée dans une commune nouvelle) : indiquez la commune nouvelle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="253" />
        <source>{name} ({insee}) is under the national urbanism rules (RNU): it has no local urban plan to download. Its digital-network obligations come from the RNU and from any SCOT covering it.</source>
        <translation>{name} ({insee}) relève du règlement national d'urbanisme (RNU) : elle n'a pas de document d'urbanisme local à télécharger. Ses obligations en matière de réseaux numériques découlent du RNU et du SCOT qui la couvre, le cas échéant.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="271" />
        <source>The service returned {n} of {total} documents for a small tile; the list may be incomplete.</source>
        <translation>Le service n'a renvoyé que {n} documents sur {total} pour une petite dalle : la liste peut être incomplète.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="318" />
        <source>No document is published on the Géoportail de l'Urbanisme for {where}, although the commune is not marked as under the RNU: its plan may not be published yet (ask the commune or the DDT).</source>
        <translation>Aucun document n'est publié sur le Géoportail de l'Urbanisme pour {where}, alors que la commune n'est pas signalée au RNU : son document n'est peut-être pas encore publié (interrogez la commune ou la DDT).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="332" />
        <source>The Géoportail de l'Urbanisme gave an unsafe file name “{name}”; the document was not downloaded.</source>
        <translation>Le Géoportail de l'Urbanisme a donné un nom de fichier dangereux « {name} » ; le document n'a pas été téléchargé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="341" />
        <source>{name}: served from the cache (downloaded on {date}, unchanged since).</source>
        <translation>{name} : servi depuis le cache (téléchargé le {date}, inchangé depuis).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="380" />
        <source>The download of {name} stopped before its end ({error}); nothing was cached. Try again later.</source>
        <translation>Le téléchargement de {name} s'est interrompu avant la fin ({error}) ; rien n'a été mis en cache. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="384" />
        <source>The archive {name} is truncated ({received} of {expected} bytes); nothing was cached. Try again later.</source>
        <translation>L'archive {name} est tronquée ({received} octets sur {expected}) ; rien n'a été mis en cache. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="406" />
        <source>{name} is a carte communale: it has sectors (SECTEUR_CC) and no règlement; within them the national rules (RNU) apply.</source>
        <translation>{name} est une carte communale : elle délimite des secteurs (SECTEUR_CC) sans règlement ; le règlement national d'urbanisme (RNU) s'y applique.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="410" />
        <source>{commune} is covered by the PLUi “{title}” (partition {partition}): its archive covers every commune of the PLUi.</source>
        <translation>{commune} est couverte par le PLUi « {title} » (partition {partition}) : son archive couvre toutes les communes du PLUi.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="415" />
        <source>{name} is not in force (legal status {status}): a document in progress.</source>
        <translation>{name} n'est pas en vigueur (statut juridique {status}) : document en cours d'élaboration.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>The archive {name} is truncated or damaged ({error}); nothing was cached. Try again later.</source>
        <translation>L'archive {name} est tronquée ou endommagée ({error}) ; rien n'a été mis en cache. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="430" />
        <source>The archive {name} is damaged (entry {entry}); nothing was cached. Try again later.</source>
        <translation>L'archive {name} est endommagée (entrée {entry}) ; rien n'a été mis en cache. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="436" />
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="448" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="60" />
        <source>Download a plan from the Géoportail de l'Urbanisme</source>
        <translation>Télécharger un document d'urbanisme depuis le Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="63" />
        <source>Finds the urban plan(s) in force or in progress for a commune (its name or INSEE code) or for an extent on the Géoportail de l'Urbanisme, downloads the CNIG archive with its written pieces and keeps it in a cache folder with its date: the next run is served from the cache unless the document changed on the portal (or a new download is forced). A commune under the RNU has no plan to download; a carte communale or a PLUi is said so. The archive opens with “Import and check a CNIG plan”. The services' addresses are settings (scan_urba/gpu/… or the SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL and SCAN_URBA_GEO_URL variables).</source>
        <translation>Recherche sur le Géoportail de l'Urbanisme le ou les documents d'urbanisme en vigueur ou en cours d'une commune (nom ou code INSEE) ou d'une emprise, télécharge l'archive CNIG avec ses pièces écrites et la conserve dans un dossier de cache avec sa date : l'exécution suivante est servie depuis le cache, sauf si le document a changé sur le portail (ou si un nouveau téléchargement est demandé). Une commune au RNU n'a pas de document à télécharger ; une carte communale ou un PLUi est signalé comme tel. L'archive s'ouvre avec « Importer et contrôler un document CNIG ». Les adresses des services sont des réglages (scan_urba/gpu/… ou les variables SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL et SCAN_URBA_GEO_URL).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="74" />
        <source>Commune (name or INSEE code)</source>
        <translation>Commune (nom ou code INSEE)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="76" />
        <source>…or the documents within this extent</source>
        <translation>…ou les documents de cette emprise</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="78" />
        <source>Cache folder (default: the profile's scan_urba/gpu_cache)</source>
        <translation>Dossier de cache (par défaut : scan_urba/gpu_cache du profil)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="81" />
        <source>Download again even if the cached copy is up to date</source>
        <translation>Télécharger de nouveau même si la copie en cache est à jour</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="83" />
        <source>Add the plan's layers to the project</source>
        <translation>Ajouter les couches du document au projet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="85" />
        <source>Archive of the first document</source>
        <translation>Archive du premier document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="86" />
        <source>Documents found, as JSON</source>
        <translation>Documents trouvés, en JSON</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="104" />
        <source>Asking the Géoportail de l'Urbanisme…</source>
        <translation>Interrogation du Géoportail de l'Urbanisme…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="115" />
        <source>{name} ({type}, {status}): {path}</source>
        <translation>{name} ({type}, {status}) : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="336" />
        <source>Plan from the Géoportail de l'Urbanisme…</source>
        <translation>Document du Géoportail de l'Urbanisme…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="337" />
        <source>Download the plan of a commune (or of the map extent), cached, and use it as the urban plan.</source>
        <translation>Télécharge le document d'urbanisme d'une commune (ou de l'emprise de la carte), mis en cache, et le prend comme document d'urbanisme.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1064" />
        <source>Plan from the Géoportail de l'Urbanisme</source>
        <translation>Document du Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1064" />
        <source>Commune (name or INSEE code); leave empty for the map extent:</source>
        <translation>Commune (nom ou code INSEE) ; laisser vide pour l'emprise de la carte :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1100" />
        <source>{name} ({type}): {origin}</source>
        <translation>{name} ({type}) : {origin}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="101" />
        <source>Cannot write layer {layer}: its {key} column, the layer's key, holds values that are {problem}.</source>
        <translation>Impossible d'écrire la couche {layer} : sa colonne {key}, clé de la couche, contient des valeurs {problem}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="97" />
        <source>empty or not whole numbers</source>
        <translation>vides ou non entières</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="97" />
        <source>negative</source>
        <translation>négatives</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="97" />
        <source>repeated</source>
        <translation>en double</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="309" />
        <source>{n} urban plans lie in this extent, more than the {max} fetched at once: zoom in or give a commune.</source>
        <translation>{n} documents d'urbanisme se trouvent dans cette emprise, plus que les {max} téléchargés en une fois : zoomez ou indiquez une commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="315" />
        <source>No document is published on the Géoportail de l'Urbanisme within this extent.</source>
        <translation>Aucun document n'est publié sur le Géoportail de l'Urbanisme dans cette emprise.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="428" />
        <source>Document: {document}</source>
        <translation>Document : {document}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="172" />
        <source>Carte communale: the PLU provisions on digital networks (PADD, règlement, OAP) do not apply; only the trench-sharing opportunities and the antenna sites are reported.</source>
        <translation>Carte communale : les dispositions du PLU sur les réseaux numériques (PADD, règlement, OAP) ne s'appliquent pas ; seuls les opportunités de mutualisation de tranchées et les sites d'antennes sont présentés.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/legal.py" line="339" />
        <source>R151-49 3° CU (or R123-9 16° if the plan's élaboration or révision began before 1 January 2016)</source>
        <translation>R151-49 3° CU (ou R123-9 16° si l'élaboration ou la révision du plan a été engagée avant le 1er janvier 2016)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="25" />
        <source>Reservation</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="25" />
        <source>Recommendation</source>
        <translation>Recommandation</translation>
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
        <translation>obligation légale</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="27" />
        <source>compatibility</source>
        <translation>compatibilité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="28" />
        <source>faculty</source>
        <translation>faculté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="28" />
        <source>good practice</source>
        <translation>bonne pratique</translation>
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
        <translation>règlement écrit</translation>
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
        <translation>hors document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="34" />
        <source>no observation</source>
        <translation>sans observation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="38" />
        <source>not concerned</source>
        <translation>non concernée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="50" />
        <source>planned works</source>
        <translation>travaux programmés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="39" />
        <source>ER road</source>
        <translation>ER voirie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="40" />
        <source>AU zone</source>
        <translation>zone AU</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="40" />
        <source>burial</source>
        <translation>effacement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="41" />
        <source>missing link</source>
        <translation>liaison manquante</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="43" />
        <source>RIP route to build</source>
        <translation>cheminement du RIP à construire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="44" />
        <source>zone far from the RIP</source>
        <translation>zone éloignée du RIP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="45" />
        <source>antenna site to fibre</source>
        <translation>point haut à fibrer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="46" />
        <source>line on electricity poles</source>
        <translation>ligne sur appuis électriques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="47" />
        <source>aerial telecom line</source>
        <translation>ligne aérienne de télécommunications</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="49" />
        <source>urban plan</source>
        <translation>document d'urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="49" />
        <source>GraceTHD network</source>
        <translation>réseau GraceTHD</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="50" />
        <source>ANFR antenna supports</source>
        <translation>supports d'antennes ANFR</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="51" />
        <source>aerial lines</source>
        <translation>lignes aériennes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="51" />
        <source>RIP / AMII zoning</source>
        <translation>zonage RIP / AMII</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="52" />
        <source>SCOT sectors</source>
        <translation>secteurs du SCOT</translation>
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
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="276" />
        <source>What the text does</source>
        <translation>Portée du texte</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="103" />
        <source>Part of the plan</source>
        <translation>Pièce du document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="263" />
        <source>The plan's words</source>
        <translation>Les termes du plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="280" />
        <source>Data quality ({n})</source>
        <translation>Qualité des données ({n})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="281" />
        <source>Defects of the files read (CNIG standard, GraceTHD, ANFR, works): they bear on the data, not on the legality of the plan, and are kept out of the legal summary.</source>
        <translation>Défauts des fichiers lus (standard CNIG, GraceTHD, ANFR, travaux) : ils portent sur les données, non sur la légalité du plan, et sont tenus à l'écart de la synthèse juridique.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="285" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="285" />
        <source>Feature</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="64" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="341" />
        <source>Unit cost range (€/m)</source>
        <translation>Fourchette de coût unitaire (€/m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="384" />
        <source>Procedure and state</source>
        <translation>Procédure et état</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="384" />
        <source>not given in DOC_URBA</source>
        <translation>non renseignés dans DOC_URBA</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="385" />
        <source>Content of the plan</source>
        <translation>Contenu du plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="413" />
        <source>(no article: good practice)</source>
        <translation>(sans article : bonne pratique)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="434" />
        <source>{n} data-quality findings (see below, kept apart).</source>
        <translation>Constats de qualité des données : {n} (présentés à part, plus bas).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="436" />
        <source>Legal summary by article and opinion</source>
        <translation>Synthèse juridique par article et par avis</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="486" />
        <source>Legal references and the versions checked</source>
        <translation>Références juridiques et versions vérifiées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>Scan Urba default</source>
        <translation>Valeur par défaut de Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="37" />
        <source>Antenna support in a protected area or in an A or N zone</source>
        <translation>Support d'antenne dans un espace protégé ou en zone A ou N</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="58" />
        <source>Planned radio installation: information file to the maire</source>
        <translation>Installation radioélectrique en projet : dossier d'information au maire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="65" />
        <source>Blanket ban on antennas in the written règlement</source>
        <translation>Interdiction générale des antennes dans le règlement écrit</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="80" />
        <source>an espace boisé classé (L113-1)</source>
        <translation>un espace boisé classé (L113-1)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="81" />
        <source>a protected landscape or heritage element (L151-19)</source>
        <translation>un élément de paysage ou de patrimoine protégé (L151-19)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="82" />
        <source>an ecological continuity (L151-23)</source>
        <translation>une continuité écologique (L151-23)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="83" />
        <source>a remarkable coastal area (L121-23)</source>
        <translation>un espace remarquable du littoral (L121-23)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="84" />
        <source>a protected mountain heritage area (L122-9)</source>
        <translation>un espace protégé du patrimoine montagnard (L122-9)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="210" />
        <source>{n} supports less than {radius} from one another carry {ops}: they are candidates for pooling.</source>
        <translation>{n} supports distants de moins de {radius} les uns des autres portent {ops} : ils sont candidats à la mutualisation.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="210" />
        <source>Invite the operators to share one site (concertation préalable) before any new mast.</source>
        <translation>Inviter les opérateurs à partager un même site (concertation préalable) avant tout nouveau pylône.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="249" />
        <source>zone {zone}, where the règlement may allow installations needed by collective equipment (L151-11)</source>
        <translation>la zone {zone}, où le règlement peut autoriser les installations nécessaires à des équipements collectifs (L151-11)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="251" />
        <source>Check that the planned support is compatible with the protection, or favour a site outside it.</source>
        <translation>Vérifier la compatibilité du support projeté avec la protection, ou privilégier un site hors de celle-ci.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="251" />
        <source>Favour pooling on this site rather than new masts nearby.</source>
        <translation>Privilégier la mutualisation sur ce site plutôt que de nouveaux pylônes à proximité.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="18" />
        <source>Compatibility with the SCOT's digital sectors (point of vigilance)</source>
        <translation>Compatibilité avec les secteurs numériques du SCOT (point de vigilance)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="47" />
        <source>Point of vigilance (compatibility with the SCOT): zone {label}, open to building, lies {inside} inside a SCOT sector whose opening is subject to reinforced digital criteria; no L151-40 sector (27-00) is digitised on it.</source>
        <translation>Point de vigilance (compatibilité avec le SCOT) : la zone {label}, ouverte à l'urbanisation, est à {inside} dans un secteur du SCOT dont l'ouverture est subordonnée à des critères numériques renforcés ; aucun secteur L151-40 (27-00) n'y est numérisé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="47" />
        <source>Show how the règlement or the OAP of this zone carry the SCOT's reinforced criteria (compatibility is judged overall).</source>
        <translation>Montrer comment le règlement ou l'OAP de cette zone traduisent les critères renforcés du SCOT (la compatibilité s'apprécie globalement).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>Buildable zones reached by the RIP (diagnostic of the rapport de présentation)</source>
        <translation>Zones constructibles à portée du RIP (diagnostic du rapport de présentation)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>Scan Urba default: reach of a drop connection from a chamber or pole of the RIP</source>
        <translation>Valeur par défaut de Scan Urba : portée d'un raccordement depuis une chambre ou un poteau du RIP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>distance to a RIP route within which land counts as reached</source>
        <translation>distance à un cheminement du RIP en deçà de laquelle un terrain est à portée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>below this share a zone is reported as not reached</source>
        <translation>part en deçà de laquelle une zone est signalée comme hors de portée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>from this share a zone is reached</source>
        <translation>part à partir de laquelle une zone est à portée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="23" />
        <source>share of a zone in an AMII, AMEL or ZTD area from which it is left out</source>
        <translation>part d'une zone en secteur AMII, AMEL ou ZTD à partir de laquelle elle est écartée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="122" />
        <source>Measured on the PBO zones (zones arrière) of the GraceTHD export.</source>
        <translation>Mesure faite sur les zones arrière de PBO de l'export GraceTHD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="126" />
        <source>Measured on the RIP routes within {distance} m; a route may carry no cable.</source>
        <translation>Mesure faite sur les cheminements du RIP à moins de {distance} m ; un cheminement peut ne porter aucun câble.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="144" />
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="148" />
        <source>Zone {label} ({area}): no RIP network recorded nearby ({existing} of the zone within reach); FttH serving to be checked with the operator. {basis}</source>
        <translation>Zone {label} ({area}) : aucun cheminement du RIP recensé à proximité ({existing} de la zone à portée) ; desserte FttH à vérifier auprès de l'exploitant. {basis}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="148" />
        <source>Check the zone's FttH serving with the RIP and state it in the diagnostic of the rapport de présentation.</source>
        <translation>Vérifier avec le RIP la desserte FttH de la zone et l'indiquer dans le diagnostic du rapport de présentation.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="23" />
        <source>Reinforced digital criteria in zones open to building</source>
        <translation>Critères numériques renforcés dans les zones ouvertes à l'urbanisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="45" />
        <source>PADD orientation on digital communications</source>
        <translation>Orientation du PADD sur les communications numériques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="74" />
        <source>No sector under article L151-40 (R151-50 2°, CNIG code 27-00) is delimited on zone {label}, open to building.</source>
        <translation>Aucun secteur au titre de l'article L151-40 (R151-50 2°, code CNIG 27-00) n'est délimité sur la zone {label}, ouverte à l'urbanisation.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="74" />
        <source>The règlement may set reinforced criteria there: number and diameter of ducts, chambers at lot boundaries, a site reserved for the mutualisation point, capacity for business-grade offers in activity zones (beyond the building code's minimum of fibre in new buildings).</source>
        <translation>Le règlement peut y fixer des critères renforcés : nombre et diamètre des fourreaux, chambres en limite de lots, emplacement réservé au point de mutualisation, capacité pour des offres entreprises dans les zones d'activités (au-delà du minimum du code de la construction : fibre dans les bâtiments neufs).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="15" />
        <source>the PADD was not provided</source>
        <translation>le PADD n'a pas été fourni</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="18" />
        <source>Give the PADD (Pieces_ecrites/2_PADD) to evaluate this point.</source>
        <translation>Fournir le PADD (Pieces_ecrites/2_PADD) pour évaluer ce point.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="143" />
        <source>The PADD sets an orientation on digital communications (page {page}).</source>
        <translation>Le PADD fixe une orientation sur les communications numériques (page {page}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="148" />
        <source>The PADD ({source}) sets no general orientation on the development of digital communications: no passage on them was found in its text.</source>
        <translation>Le PADD ({source}) ne fixe aucune orientation générale sur le développement des communications numériques : aucun passage n'y est consacré dans son texte.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="148" />
        <source>Complete the PADD with general orientations on digital communications (L151-5), consistent with the SDTAN and the RIP.</source>
        <translation>Compléter le PADD par des orientations générales sur les communications numériques (L151-5), cohérentes avec le SDTAN et le RIP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>Planned public network site: is a reservation useful?</source>
        <translation>Site de réseau public en projet : une réservation est-elle utile ?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>Scan Urba default (digitising precision)</source>
        <translation>Valeur par défaut de Scan Urba (précision de numérisation)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="49" />
        <source>Future public road (ER 05-01): ducts to lay with the road</source>
        <translation>Voie publique future (ER 05-01) : fourreaux à poser avec la voie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="176" />
        <source>Unless the public body already owns the land, the règlement graphique may reserve it: ER 05-02 or 05-03, or a servitude de localisation 05-06 in U and AU zones.</source>
        <translation>Sauf si la personne publique possède déjà le terrain, le règlement graphique peut le réserver : ER 05-02 ou 05-03, ou servitude de localisation 05-06 en zones U et AU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="339" />
        <source>Agree with the RIP on the ducts to lay in the road works (see the trench-sharing opportunities).</source>
        <translation>Convenir avec le RIP des fourreaux à poser lors des travaux de la voie (voir les opportunités de mutualisation).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="17" />
        <source>E-communications rule of the règlement in zones open to building</source>
        <translation>Règle « communications électroniques » du règlement dans les zones ouvertes à l'urbanisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="63" />
        <source>the chapter of this zone was not found in the written règlement</source>
        <translation>le chapitre de cette zone n'a pas été trouvé dans le règlement écrit</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="64" />
        <source>No e-communications prescription (CNIG code 47-05) is digitised on zone {label}, open to building; {why}: to be checked.</source>
        <translation>Aucune prescription « communications électroniques » (code CNIG 47-05) n'est numérisée sur la zone {label}, ouverte à l'urbanisation ; {why} : à vérifier.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="64" />
        <source>Check the “desserte par les réseaux” article of the zone in the written règlement.</source>
        <translation>Vérifier l'article « desserte par les réseaux » de la zone dans le règlement écrit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="71" />
        <source>requires only the burial of networks</source>
        <translation>n'impose que l'enfouissement des réseaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="72" />
        <source>says nothing of electronic communications</source>
        <translation>ne dit rien des communications électroniques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/rule.py" line="239" />
        <source>{article}, page {page}</source>
        <translation>{article}, page {page}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/rule.py" line="238" />
        <source>zone chapter</source>
        <translation>chapitre de la zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="74" />
        <source>Zone {label}, open to building: the written règlement ({where}) {level}, and no 47-05 prescription is digitised.</source>
        <translation>Zone {label}, ouverte à l'urbanisation : le règlement écrit ({where}) {level}, et aucune prescription 47-05 n'est numérisée.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="74" />
        <source>The règlement may require ducts and chambers for electronic communications in new constructions and developments of this zone.</source>
        <translation>Le règlement peut imposer fourreaux et chambres pour les communications électroniques aux constructions et aménagements nouveaux de cette zone.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="547" />
        <source>{n} route(s) have no usable cm_avct: their progress (existing or planned) is taken from the study phase cm_statut.</source>
        <translation>{n} cheminement(s) sans cm_avct exploitable : leur avancement (existant ou prévu) est déduit de la phase d'études cm_statut.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="552" />
        <source>{n} route(s) have neither cm_avct nor cm_statut: their progress is unknown and they count neither as existing nor as planned.</source>
        <translation>{n} cheminement(s) sans cm_avct ni cm_statut : leur avancement est inconnu et ils ne comptent ni comme existants ni comme prévus.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>Scan Urba default: about a street</source>
        <translation>Valeur par défaut de Scan Urba : environ une rue</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="58" />
        <source>time to send a reasoned request (six weeks)</source>
        <translation>délai pour adresser une demande motivée (six semaines)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="950" />
        <source>a zone with no RIP network recorded nearby</source>
        <translation>une zone sans réseau du RIP recensé à proximité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="954" />
        <source>a telecom line on electricity poles to bury</source>
        <translation>une ligne de télécommunications sur appuis électriques à enfouir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1010" />
        <source>L49 window closed on {date}: propose a joint-laying agreement.</source>
        <translation>Délai L49 expiré le {date} : proposer une convention de pose commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1020" />
        <source>Road or lighting works (not L49): ask for roadworks coordination (L115-1 / L131-7 of the Code de la voirie routière) and a joint-laying agreement.</source>
        <translation>Travaux de voirie ou d'éclairage (hors L49) : solliciter la coordination des travaux de voirie (L115-1 / L131-7 du code de la voirie routière) et une convention de pose commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="95" />
        <source>data quality</source>
        <translation>qualité des données</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Règlement (written piece: PDF, ODT, DOCX, CNIG XML)</source>
        <translation>Règlement (pièce écrite : PDF, ODT, DOCX, XML CNIG)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>PADD (written piece)</source>
        <translation>PADD (pièce écrite)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>OAP (written pieces)</source>
        <translation>OAP (pièces écrites)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="329" />
        <source>Check the plan (L151-5, L151-40, L151-41, R151-49, SCOT, antenna sites)</source>
        <translation>Analyser le plan (L151-5, L151-40, L151-41, R151-49, SCOT, sites d'antennes)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="353" />
        <source>Propose trench sharing (L49 CPCE, roadworks coordination, burial of aerial lines)</source>
        <translation>Proposer la mutualisation de tranchées (L49 CPCE, coordination des travaux de voirie, enfouissement des lignes aériennes)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="170" />
        <source>SCOT: the PLU provisions on digital networks do not apply; the SCOT's PAS and DOO are not analysed (not evaluated).</source>
        <translation>SCOT : les dispositions du PLU sur les réseaux numériques ne s'appliquent pas ; le PAS et le DOO du SCOT ne sont pas analysés (non évalué).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="242" />
        <source>Règlement: {source}</source>
        <translation>Règlement : {source}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="244" />
        <source>unreadable: {reason}</source>
        <translation>illisible : {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="246" />
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="252" />
        <source>Blanket ban of relay antennas (page {page}): {quote}</source>
        <translation>Interdiction générale des antennes relais (page {page}) : {quote}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="257" />
        <source>orientation on digital communications, page {page}</source>
        <translation>orientation sur les communications numériques, page {page}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="259" />
        <source>no orientation on digital communications found</source>
        <translation>aucune orientation sur les communications numériques trouvée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="260" />
        <source>PADD: {source}: {state}</source>
        <translation>PADD : {source} : {state}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="262" />
        <source>OAP {zones} (page {page}): {quote}</source>
        <translation>OAP {zones} (page {page}) : {quote}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="251" />
        <source>pages {pages} have no text layer: the chapter may be there</source>
        <translation>les pages {pages} n’ont pas de couche texte : le chapitre peut s’y trouver</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="256" />
        <source>pages {pages} of the chapter have no text layer (scans): not read</source>
        <translation>les pages {pages} du chapitre n’ont pas de couche texte (numérisations) : non lues</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/locate.py" line="119" />
        <source>{file}: cannot be read from the archive ({error}).</source>
        <translation>{file} : illisible dans l'archive ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/reading.py" line="45" />
        <source>{file}: empty file (0 bytes).</source>
        <translation>{file} : fichier vide (0 octet).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/office.py" line="61" />
        <source>{file}: damaged {fmt} document ({member} missing).</source>
        <translation>{file} : document {fmt} endommagé ({member} manquant).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="125" />
        <source>{file}: damaged archive ({error}).</source>
        <translation>{file} : archive endommagée ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/office.py" line="72" />
        <source>{file}: the document holds no text.</source>
        <translation>{file} : le document ne contient aucun texte.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="78" />
        <source>{file}: the pypdf library is missing (see the plugin's dependency message).</source>
        <translation>{file} : la bibliothèque pypdf manque (voir le message de dépendances de l’extension).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="83" />
        <source>{file}: not a PDF file.</source>
        <translation>{file} : ce n’est pas un fichier PDF.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="95" />
        <source>{file}: encrypted PDF (a password is needed to read it).</source>
        <translation>{file} : PDF chiffré (un mot de passe est nécessaire pour le lire).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="100" />
        <source>{file}: damaged PDF ({error}).</source>
        <translation>{file} : PDF endommagé ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="105" />
        <source>{file}: damaged PDF (no page found).</source>
        <translation>{file} : PDF endommagé (aucune page trouvée).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/plain.py" line="45" />
        <source>{file}: the file holds no text.</source>
        <translation>{file} : le fichier ne contient aucun texte.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/plain.py" line="63" />
        <source>{file}: the page holds no text.</source>
        <translation>{file} : la page ne contient aucun texte.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/reading.py" line="58" />
        <source>{file}: larger than {n} MB, not read.</source>
        <translation>{file} : plus de {n} Mo, non lu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/reading.py" line="63" />
        <source>{file}: cannot be opened ({error}).</source>
        <translation>{file} : ouverture impossible ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="14" />
        <source>ducts required</source>
        <translation>fourreaux exigés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="15" />
        <source>connection required</source>
        <translation>raccordement exigé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="16" />
        <source>burial only</source>
        <translation>enfouissement seul</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="137" />
        <source>nothing on electronic communications</source>
        <translation>rien sur les communications électroniques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="18" />
        <source>no chapter found for this zone</source>
        <translation>aucun chapitre trouvé pour cette zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="19" />
        <source>blanket ban of relay antennas</source>
        <translation>interdiction générale des antennes relais</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="20" />
        <source>orientation on digital communications</source>
        <translation>orientation sur les communications numériques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="21" />
        <source>digital provision</source>
        <translation>disposition numérique</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="32" />
        <source>Règlement</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="69" />
        <source>Written pieces: what the plan says, zone by zone</source>
        <translation>Pièces écrites : ce que dit le plan, zone par zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="72" />
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/atomic.py" line="17" />
        <source>{path} already exists: choose another file, or tick « Replace result files that already exist » (--overwrite on the command line).</source>
        <translation>{path} existe déjà : choisissez un autre fichier, ou cochez « Remplacer les fichiers de résultat existants » (--overwrite en ligne de commande).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="68" />
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/algorithm_task.py" line="32" />
        <source>The algorithm could not start.</source>
        <translation>Le traitement n'a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="195" />
        <source>file or folder…</source>
        <translation>fichier ou dossier…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="195" />
        <source>files…</source>
        <translation>fichiers…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="195" />
        <source>file…</source>
        <translation>fichier…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="205" />
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="220" />
        <source>— a file or folder below —</source>
        <translation>— un fichier ou un dossier ci-dessous —</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="220" />
        <source>— a file below —</source>
        <translation>— un fichier ci-dessous —</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="315" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="316" />
        <source>Optional: the more you give, the more is checked</source>
        <translation>Facultatif : plus vous en donnez, plus l'analyse est complète</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="318" />
        <source>More inputs</source>
        <translation>Autres données</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="357" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="372" />
        <source>Result file (GeoPackage, replaced if it exists)</source>
        <translation>Fichier de résultat (GeoPackage, remplacé s'il existe)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="391" />
        <source>Write the report…</source>
        <translation>Écrire le rapport…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="392" />
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="747" />
        <source>To fix: « {field} » — {help}</source>
        <translation>Pour corriger : « {field} » — {help}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="792" />
        <source>« {field} » is required.</source>
        <translation>« {field} » est obligatoire.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="860" />
        <source>The scan stopped without giving a reason.</source>
        <translation>L'analyse s'est arrêtée sans donner de raison.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="861" />
        <source>The scan failed: {reason}</source>
        <translation>L'analyse a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1006" />
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1017" />
        <source>The report could not be written: {reason}</source>
        <translation>Le rapport n'a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="1017" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The GPU folder as downloaded (or its zip), a GeoPackage, or the CNIG layers of the project; a file inside Donnees_geographiques is taken as its GPU folder.</source>
        <translation>Le dossier téléchargé du GPU (ou son zip), un GeoPackage, ou les couches CNIG du projet ; un fichier de Donnees_geographiques vaut pour son dossier GPU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Ducts and RIP network (GraceTHD)</source>
        <translation>Fourreaux et réseau RIP (GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>A GraceTHD v2 exchange folder (or its zip), a v3 GeoPackage, or the GraceTHD layers of the project; t_cheminement.shp and its neighbours are taken as their folder.</source>
        <translation>Un dossier d'échange GraceTHD v2 (ou son zip), un GeoPackage v3, ou les couches GraceTHD du projet ; t_cheminement.shp et ses voisins valent pour leur dossier.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Antenna sites (ANFR export)</source>
        <translation>Sites d'antennes (export ANFR)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Only if they are not beside the ANFR export.</source>
        <translation>Seulement si elles ne sont pas à côté de l'export ANFR.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The ARCEP “Mon réseau mobile” sites file.</source>
        <translation>Le fichier des sites ARCEP « Mon réseau mobile ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Lines or polygons of works to come (roads, water, power…).</source>
        <translation>Lignes ou polygones des travaux à venir (voirie, eau, électricité…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Aerial telecom or power lines.</source>
        <translation>Lignes aériennes télécom ou électriques.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Polygons of the public-initiative network and private zones.</source>
        <translation>Polygones du réseau d'initiative publique et des zones privées.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The SCOT covering the plan, as downloaded from the GPU.</source>
        <translation>Le SCOT qui couvre le plan, tel que téléchargé du GPU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>SCOT sectors with reinforced digital criteria.</source>
        <translation>Secteurs du SCOT à critères numériques renforcés.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="168" />
        <source>Replace result files that already exist</source>
        <translation>Remplacer les fichiers de résultat existants</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="74" />
        <source>Urban plan (GPU folder or zip, GeoPackage…)</source>
        <translation>Document d'urbanisme (dossier ou zip du GPU, GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="95" />
        <source>Plan {plan}.</source>
        <translation>Plan {plan}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="167" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="35" />
        <source>Sharing opportunities</source>
        <translation>Opportunités de mutualisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="36" />
        <source>Findings – points</source>
        <translation>Constats – points</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="37" />
        <source>Findings – lines</source>
        <translation>Constats – lignes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="38" />
        <source>Antenna sites</source>
        <translation>Sites d'antennes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="40" />
        <source>Duct routes</source>
        <translation>Cheminements de fourreaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="41" />
        <source>Reserved sites – points</source>
        <translation>Emplacements réservés – points</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="42" />
        <source>Reserved sites – lines</source>
        <translation>Emplacements réservés – lignes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="43" />
        <source>Reserved sites</source>
        <translation>Emplacements réservés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="44" />
        <source>Findings – zones</source>
        <translation>Constats – zones</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="45" />
        <source>Zone summary</source>
        <translation>Bilan par zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="46" />
        <source>Findings without a place on the map</source>
        <translation>Constats sans localisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="47" />
        <source>Règlement provisions by zone</source>
        <translation>Dispositions du règlement par zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="48" />
        <source>Scan parameters and inputs</source>
        <translation>Paramètres et données de l'analyse</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="60" />
        <source>Finding no.</source>
        <translation>N° de constat</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="60" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="61" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="62" />
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="62" />
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="63" />
        <source>Plan (IDURBA)</source>
        <translation>Document (IDURBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="63" />
        <source>Source layer</source>
        <translation>Couche source</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="64" />
        <source>Source feature</source>
        <translation>Objet source</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="65" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="66" />
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="66" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="67" />
        <source>What the opinion may say</source>
        <translation>Ce que l'avis peut dire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="76" />
        <source>Zone type</source>
        <translation>Type de zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="69" />
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="70" />
        <source>Share served by existing ducts</source>
        <translation>Part desservie par les fourreaux existants</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="71" />
        <source>Share served by planned ducts</source>
        <translation>Part desservie par les fourreaux projetés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="72" />
        <source>Digital sector 27-00</source>
        <translation>Secteur numérique 27-00</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="72" />
        <source>Rule 47-05</source>
        <translation>Règle 47-05</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="73" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="74" />
        <source>ANFR support no.</source>
        <translation>N° de support ANFR</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="74" />
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="75" />
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="75" />
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="76" />
        <source>Pooling cluster</source>
        <translation>Groupe de mutualisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="77" />
        <source>Fibred</source>
        <translation>Fibré</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="77" />
        <source>Distance to fibre (m)</source>
        <translation>Distance à la fibre (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="78" />
        <source>Sensitive site</source>
        <translation>Site sensible</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="78" />
        <source>Planned site</source>
        <translation>Site en projet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="79" />
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="79" />
        <source>Reserved site no.</source>
        <translation>N° d'emplacement réservé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="80" />
        <source>Plan table</source>
        <translation>Table du plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="80" />
        <source>Prescription type</source>
        <translation>Type de prescription</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="81" />
        <source>Prescription subtype</source>
        <translation>Sous-type de prescription</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="81" />
        <source>Purpose</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="82" />
        <source>Route</source>
        <translation>Cheminement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="82" />
        <source>Implantation</source>
        <translation>Implantation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="83" />
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="83" />
        <source>Ducts</source>
        <translation>Fourreaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="84" />
        <source>Free ducts</source>
        <translation>Fourreaux libres</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="85" />
        <source>Project owner</source>
        <translation>Maître d'ouvrage</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="86" />
        <source>Nature as delivered</source>
        <translation>Nature d'origine</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="86" />
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="87" />
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="87" />
        <source>Declaration date</source>
        <translation>Date de déclaration</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="88" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="88" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="89" />
        <source>Need id</source>
        <translation>Identifiant du besoin</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="90" />
        <source>Works length (m)</source>
        <translation>Longueur des travaux (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="91" />
        <source>In built-up area</source>
        <translation>En agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="92" />
        <source>L49 threshold (m)</source>
        <translation>Seuil L49 (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="92" />
        <source>L49 applies</source>
        <translation>Soumis à L49</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="94" />
        <source>Unit cost (€/m)</source>
        <translation>Coût unitaire (€/m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="96" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="100" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="101" />
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="111" />
        <source>Provision</source>
        <translation>Disposition</translation>
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
        <translation>Texte cité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="77" />
        <source>not read: {reason}</source>
        <translation>non lu : {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="96" />
        <source>Read from: {files}.</source>
        <translation>Lu dans : {files}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/sru.py" line="106" />
        <source>{file}: no plu:Titre element: not a CNIG SRU règlement.</source>
        <translation>{file} : aucun élément plu:Titre : ce n’est pas un règlement au standard CNIG SRU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/sru.py" line="191" />
        <source>{file}: damaged JSON ({error}).</source>
        <translation>{file} : JSON endommagé ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/sru.py" line="208" />
        <source>{file}: no “titre”: not a CNIG SRU règlement.</source>
        <translation>{file} : aucun « titre » : ce n’est pas un règlement au standard CNIG SRU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="86" />
        <source>{file}: XML larger than {n} MB refused.</source>
        <translation>{file} : XML de plus de {n} Mo refusé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="92" />
        <source>{file}: XML with a DOCTYPE or entity declarations refused (entity expansion).</source>
        <translation>{file} : XML avec DOCTYPE ou déclarations d’entités refusé (expansion d’entités).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="99" />
        <source>{file}: damaged XML ({error}).</source>
        <translation>{file} : XML endommagé ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="109" />
        <source>{file}: archive member {member} inflates to {n} bytes, refused (zip bomb).</source>
        <translation>{file} : le membre {member} de l’archive se décompresse en {n} octets, refusé (bombe de décompression).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="114" />
        <source>{file}: archive member {member} inflates beyond its declared size, refused (zip bomb).</source>
        <translation>{file} : le membre {member} de l’archive dépasse sa taille déclarée, refusé (bombe de décompression).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/text.py" line="152" />
        <source>{file}: unknown text encoding (neither UTF-8, UTF-16 with a BOM nor Windows-1252).</source>
        <translation>{file} : encodage du texte inconnu (ni UTF-8, ni UTF-16 avec BOM, ni Windows-1252).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="34" />
        <source>reading the plan's PDF written pieces</source>
        <translation>la lecture des pièces écrites PDF du plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="393" />
        <source>Written pieces</source>
        <translation>Pièces écrites</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="95" />
        <source>Open the piece at this page</source>
        <translation>Ouvrir la pièce à cette page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="99" />
        <source>No written piece was read for this scan.</source>
        <translation>Aucune pièce écrite n’a été lue pour ce scan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Written règlement (else found in the GPU folder)</source>
        <translation>Règlement écrit (sinon cherché dans le dossier GPU)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>PADD (else found in the GPU folder)</source>
        <translation>PADD (sinon trouvé dans le dossier GPU)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>OAP (else found in the GPU folder)</source>
        <translation>OAP (sinon trouvées dans le dossier GPU)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/read_pieces.py" line="31" />
        <source>Read the written pieces (règlement, PADD, OAP)</source>
        <translation>Lire les pièces écrites (règlement, PADD, OAP)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/read_pieces.py" line="34" />
        <source>Reads the règlement (PDF, CNIG SRU XML or JSON, ODT, DOCX, HTML, text), the PADD and the OAP. For each zone the règlement names (or each label given), it gives the level of its electronic-communications provision (ducts, connection, burial, absent, or chapter not found) with the article, the page and the sentence quoted; blanket bans of relay antennas; whether the PADD states an orientation on digital communications (L151-5); the OAP's digital provisions. A scanned, encrypted or damaged piece is reported unreadable with the reason, never silent.</source>
        <translation>Lit le règlement (PDF, XML ou JSON au standard CNIG SRU, ODT, DOCX, HTML, texte), le PADD et les OAP. Pour chaque zone que nomme le règlement (ou chaque libellé donné), indique le niveau de sa disposition sur les communications électroniques (fourreaux, raccordement, enfouissement, rien, ou chapitre introuvable) avec l’article, la page et la phrase citée ; les interdictions générales d’antennes relais ; si le PADD énonce une orientation sur les communications numériques (L151-5) ; les dispositions numériques des OAP. Une pièce numérisée, chiffrée ou endommagée est signalée illisible avec la raison, jamais muette.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/read_pieces.py" line="47" />
        <source>Zone labels to grade (comma-separated; default: those the règlement names)</source>
        <translation>Libellés de zone à évaluer (séparés par des virgules ; par défaut : ceux que nomme le règlement)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/read_pieces.py" line="50" />
        <source>What the pieces say (GeoPackage table reglement_dispositions)</source>
        <translation>Ce que disent les pièces (table GeoPackage reglement_dispositions)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="16" />
        <source>the written règlement was not provided</source>
        <translation>le règlement écrit n'a pas été fourni</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="432" />
        <source>Zoom to it</source>
        <translation>Zoomer dessus</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="433" />
        <source>Open the page in the règlement</source>
        <translation>Ouvrir la page du règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="569" />
        <source>, page {page}</source>
        <translation>, page {page}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="501" />
        <source>Write the opinion</source>
        <translation>Rédiger l'avis</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="502" />
        <source>Runs the scan, then writes the département's draft opinion (ODT, DOCX) and its PDF atlas, and opens it.</source>
        <translation>Lance l'analyse, puis rédige le projet d'avis du Département (ODT, DOCX) et son atlas PDF, et l'ouvre.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="949" />
        <source>Writing the opinion…</source>
        <translation>Rédaction de l'avis…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="239" />
        <source>{path} holds several documents: the opinion needs the plan to tell their zones apart.</source>
        <translation>{path} contient plusieurs documents : l'avis a besoin du plan pour attribuer les zones à chacun.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="242" />
        <source>{path}: no document (IDURBA) found in the scan.</source>
        <translation>{path} : aucun document (IDURBA) dans le résultat de l'analyse.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="267" />
        <source>Opinion {i}/{n}: {doc}</source>
        <translation>Avis {i}/{n} : {doc}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="460" />
        <source>Draft opinion (avis) of the département, with its atlas</source>
        <translation>Projet d'avis du Département, avec son atlas</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="482" />
        <source>Folder of the opinions and atlases</source>
        <translation>Dossier des avis et des atlas</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Date the file was received (YYYY-MM-DD)</source>
        <translation>Date de réception du dossier (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Date the draft was adopted, arrêt (YYYY-MM-DD)</source>
        <translation>Date d'arrêt du projet (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Signatory block (default: settings)</source>
        <translation>Bloc de signature (par défaut : paramètres)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Language of the opinion (fr or en)</source>
        <translation>Langue de l'avis (fr ou en)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="513" />
        <source>Logo (PNG; default: settings)</source>
        <translation>Logo (PNG ; par défaut : paramètres)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="516" />
        <source>Opinions folder</source>
        <translation>Dossier des avis</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="517" />
        <source>Number of opinions</source>
        <translation>Nombre d'avis</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="518" />
        <source>Files written (JSON)</source>
        <translation>Fichiers écrits (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="554" />
        <source>Date of receipt</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="554" />
        <source>Date of arrêt</source>
        <translation>Date d'arrêt</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="88" />
        <source>Findings (sites)</source>
        <translation>Constats (sites)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="88" />
        <source>Findings (lines)</source>
        <translation>Constats (linéaires)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="89" />
        <source>Findings (areas)</source>
        <translation>Constats (surfaces)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="90" />
        <source>Duct routes (GraceTHD)</source>
        <translation>Cheminements (GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="91" />
        <source>Reserved sites (ER)</source>
        <translation>Emplacements réservés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="92" />
        <source>Zones of the plan</source>
        <translation>Zones du plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="105" />
        <source>Zone with findings</source>
        <translation>Zone avec constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="105" />
        <source>Zone without remark</source>
        <translation>Zone sans observation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="363" />
        <source>The map {path} could not be drawn.</source>
        <translation>La carte {path} n'a pas pu être dessinée.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="675" />
        <source>… and {n} more: see the opinion.</source>
        <translation>… et {n} autre(s) : voir l'avis.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="102" />
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="103" />
        <source>Legal force</source>
        <translation>Portée juridique</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="104" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="105" />
        <source>AMII zone</source>
        <translation>Zone AMII</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="106" />
        <source>Règlement: provision</source>
        <translation>Règlement : disposition</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="107" />
        <source>Règlement: page</source>
        <translation>Règlement : page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="108" />
        <source>Règlement: quoted text</source>
        <translation>Règlement : texte cité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="109" />
        <source>Unit cost, low (€/m)</source>
        <translation>Coût unitaire bas (€/m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="110" />
        <source>Unit cost, high (€/m)</source>
        <translation>Coût unitaire haut (€/m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="112" />
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="112" />
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="113" />
        <source>Why not read</source>
        <translation>Raison de la non-lecture</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_render.py" line="616" />
        <source>The PDF atlas {path} could not be written.</source>
        <translation>L'atlas PDF {path} n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="80" />
        <source>{reason} What this piece says was not evaluated.</source>
        <translation>{reason} Ce que dit cette pièce n’a pas été évalué.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="92" />
        <source>Provide the règlement as a text PDF, or in the CNIG SRU standard (XML or JSON).</source>
        <translation>Fournir le règlement en PDF texte, ou au standard CNIG SRU (XML ou JSON).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="97" />
        <source>Provide the règlement as a text PDF.</source>
        <translation>Fournir le règlement en PDF texte.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="103" />
        <source>Provide the PADD as a text PDF.</source>
        <translation>Fournir le PADD en PDF texte.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="106" />
        <source>Provide the OAP as a text PDF.</source>
        <translation>Fournir les OAP en PDF texte.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/scan_inputs.py" line="113" />
        <source>Written pieces…</source>
        <translation>Pièces écrites…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="383" />
        <source>the chapter refers to zone {code}, whose chapter was not found</source>
        <translation>le chapitre renvoie à la zone {code}, dont le chapitre est introuvable</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="64" />
        <source>{name}: “{value}” is not a date (expected YYYY-MM-DD).</source>
        <translation>{name} : « {value} » n'est pas une date (attendu : AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="435" />
        <source>{article} (applies by reference from {via})</source>
        <translation>{article} (applicable par renvoi depuis {via})</translation>
    </message>
    <message>
        <location filename="../sampledata/__main__.py" line="78" />
        <source>Sample written: {path}</source>
        <translation>Échantillon écrit : {path}</translation>
    </message>
    <message>
        <location filename="../sampledata/__main__.py" line="113" />
        <source>Outputs:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="124" />
        <source>Measured on the RIP routes that carry a cable in the GraceTHD export, within {distance} m.</source>
        <translation>Mesure faite sur les cheminements du RIP portant un câble dans l'export GraceTHD, à moins de {distance} m.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="151" />
        <source>The written règlement bans antennas around a protected element (page {page}): « {quote} ». A localised ban may rest on urbanism grounds (heritage, landscape), which the rapport de présentation must set out.</source>
        <translation>Le règlement écrit interdit les antennes aux abords d'un élément protégé (page {page}) : « {quote} ». Une interdiction localisée peut reposer sur un motif d'urbanisme (patrimoine, paysage), que le rapport de présentation doit exposer.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="151" />
        <source>Check that the rapport de présentation justifies this ban on urbanism grounds.</source>
        <translation>Vérifier que le rapport de présentation justifie cette interdiction par un motif d'urbanisme.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="161" />
        <source>Delete the general ban, or replace it by localised rules justified in the rapport de présentation (landscape, heritage, ecological continuities).</source>
        <translation>Supprimer l'interdiction générale ou la remplacer par des règles localisées et justifiées dans le rapport de présentation (paysage, patrimoine, continuités écologiques).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="186" />
        <source>it contradicts the plan's emplacement réservé n° {er} for a mast</source>
        <translation>elle contredit l'emplacement réservé n° {er} du plan, destiné à un pylône</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="192" />
        <source>Moreover, {what}.</source>
        <translation>En outre, {what}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="19" />
        <source>Planned point haut in an espace boisé classé or a protected element</source>
        <translation>Point haut projeté dans un espace boisé classé ou un élément protégé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="19" />
        <source>Scan Urba default (surroundings of a protected building drawn as a point)</source>
        <translation>Valeur par défaut de Scan Urba (abords d'un bâtiment protégé dessiné comme un point)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="19" />
        <source>distance from a protection drawn as a point or a line within which a site counts as in it</source>
        <translation>distance à une protection dessinée comme un point ou une ligne en deçà de laquelle un site est compté dedans</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="77" />
        <source>Check that the project respects the plan's protection, or move it out of the protected element.</source>
        <translation>Vérifier que le projet respecte la protection du plan, ou l'implanter hors de l'élément protégé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="80" />
        <source>The plan's emplacement réservé n° {er} for a mast can host it.</source>
        <translation>L'emplacement réservé n° {er} du plan, destiné à un pylône, peut l'accueillir.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="23" />
        <source>A and N zones: installations needed by collective equipment</source>
        <translation>Zones A et N : installations nécessaires à des équipements collectifs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="103" />
        <source> Combined with the ban on antennas (page {page}: « {quote} »), no existing site can evolve and no new one can be built.</source>
        <translation> Combiné à l'interdiction des antennes (page {page} : « {quote} »), il interdit toute évolution des sites existants et toute implantation nouvelle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="110" />
        <source>Admit in zone {label} the constructions and installations needed by collective equipment, where they are compatible with the agricultural, pastoral or forestry use of the land and do not harm natural areas and landscapes (L151-11, 1°).</source>
        <translation>Admettre en zone {label} les constructions et installations nécessaires à des équipements collectifs, dès lors qu'elles ne sont pas incompatibles avec l'exercice d'une activité agricole, pastorale ou forestière du terrain et qu'elles ne portent pas atteinte à la sauvegarde des espaces naturels et des paysages (L151-11, 1°).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="31" />
        <source>Scan Urba default (digitising slivers)</source>
        <translation>Valeur par défaut de Scan Urba (écarts de numérisation)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="23" />
        <source>share of a zone an L151-40 sector must cover to be read as drawn on it</source>
        <translation>part d'une zone qu'un secteur L151-40 doit couvrir pour être lu comme délimité sur elle</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="37" />
        <source>L151-40 sector whose criteria the written règlement does not define</source>
        <translation>Secteur L151-40 dont le règlement écrit ne définit pas les critères</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="102" />
        <source>The règlement graphique delimits on {share} of zone {label} a sector under article L151-40 (« {sector} »); {why}: whether the written règlement defines its criteria is to be checked.</source>
        <translation>Le règlement graphique délimite sur {share} de la zone {label} un secteur au titre de l'article L151-40 (« {sector} ») ; {why} : la définition de ses critères par le règlement écrit est à vérifier.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="102" />
        <source>Check that the zone's article defines the reinforced criteria the sector announces.</source>
        <translation>Vérifier que l'article de la zone définit les critères renforcés qu'annonce le secteur.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="112" />
        <source>it only says « {quote} »</source>
        <translation>il dispose seulement : « {quote} »</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="113" />
        <source>it says nothing of electronic communications</source>
        <translation>il ne dit rien des communications électroniques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="115" />
        <source>Write the reinforced criteria in the zone's article (number and diameter of ducts, draw chambers at each lot boundary that can be connected to the RIP, a site for the mutualisation point).</source>
        <translation>Écrire les critères renforcés dans l'article de la zone (nombre et diamètre des fourreaux, chambres de tirage en limite de chaque lot raccordables au réseau d'initiative publique, emplacement du point de mutualisation).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="115" />
        <source>Extend the sector to the whole zone or justify its limit.</source>
        <translation>Étendre le secteur à toute la zone ou justifier sa limite.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>Scan Urba default (positions of one site in two sources)</source>
        <translation>Valeur par défaut de Scan Urba (positions d'un même site dans deux sources)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="34" />
        <source>a GraceTHD site d'émission and an ANFR support closer than this are one project</source>
        <translation>un site d'émission GraceTHD et un support ANFR plus proches que cette distance forment un seul projet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="58" />
        <source>Emplacement réservé for network equipment: beneficiary and purpose</source>
        <translation>Emplacement réservé pour un équipement de réseau : bénéficiaire et objet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="176" />
        <source>Unless the public body already owns the land, the règlement graphique may reserve it by an ER (05-02 or 05-03); the servitude de localisation exists in U and AU zones only.</source>
        <translation>Sauf si la personne publique est déjà propriétaire du terrain, le règlement graphique peut le réserver par un emplacement réservé ; la servitude de localisation n'existe qu'en zones U et AU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="249" />
        <source>its beneficiary is not stated</source>
        <translation>son bénéficiaire n'est pas indiqué</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="251" />
        <source>its beneficiary ({who}) is not the RIP authority ({rip})</source>
        <translation>son bénéficiaire ({who}) n'est pas l'autorité organisatrice du réseau d'initiative publique ({rip})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="283" />
        <source>The règlement graphique reserves site n° {n} for network equipment (« {label} »): to be acknowledged.</source>
        <translation>Le règlement graphique réserve l'emplacement n° {n} à un équipement de réseau (« {label} ») : il en est pris acte.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="286" />
        <source>To clarify: {questions}.</source>
        <translation>À préciser : {questions}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="31" />
        <source>Map and written règlement disagree on e-communications</source>
        <translation>Règlement graphique et règlement écrit discordants sur les communications électroniques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="31" />
        <source>share of a zone a map prescription or sector must cover to be read with the zone's article</source>
        <translation>part d'une zone qu'une prescription graphique doit couvrir pour être lue avec l'article de la zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="38" />
        <source>Unconditional connection duty where the network does not reach</source>
        <translation>Obligation de raccordement inconditionnelle là où le réseau n'arrive pas</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="42" />
        <source>Burial of the telecom networks required zone-wide</source>
        <translation>Enfouissement des réseaux de télécommunications imposé sur toute la zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="108" />
        <source>the article asks less than the map</source>
        <translation>l'article exige moins que la prescription graphique</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="112" />
        <source>the article applies only to development operations, the map to every new construction</source>
        <translation>l'article ne vise que les opérations d'aménagement, la prescription toute construction nouvelle</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="136" />
        <source>« {quote} »</source>
        <translation>« {quote} »</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="138" />
        <source>Align the zone's article with the map's prescription, or delete the prescription, so that one rule applies.</source>
        <translation>Aligner l'article de la zone sur la prescription graphique, ou supprimer la prescription, afin qu'une seule règle s'applique.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="170" />
        <source>Zone {label}: the written règlement ({where}) requires the connection of buildings to the electronic communications network without condition: « {quote} ». Only {share} of the zone is within reach of the RIP network recorded: the duty cannot be complied with everywhere.</source>
        <translation>Zone {label} : le règlement écrit ({where}) impose sans condition le raccordement des constructions au réseau de communications électroniques : « {quote} ». Seuls {share} de la zone sont à portée du réseau d'initiative publique recensé : l'obligation ne peut pas être respectée partout.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="170" />
        <source>Add « lorsqu'il existe » and require, failing that, ducts left ready for the connection.</source>
        <translation>Ajouter « lorsqu'il existe » et prévoir, à défaut, des fourreaux en attente de raccordement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="204" />
        <source>Zone {label}: the written règlement ({where}) requires the burial of the telecom networks on the whole zone: « {quote} ». A general burial duty can block the deployment of fibre on existing aerial supports.</source>
        <translation>Zone {label} : le règlement écrit ({where}) impose l'enfouissement des réseaux de télécommunications sur toute la zone : « {quote} ». Une obligation générale d'enfouissement peut faire obstacle au déploiement de la fibre optique sur les appuis aériens existants.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="204" />
        <source>Limit the burial duty to the private connections of new buildings and to protected sectors, and admit deployment on existing supports.</source>
        <translation>Limiter l'obligation d'enfouissement aux branchements en terrain privé des constructions nouvelles et aux secteurs protégés, et admettre le déploiement sur les appuis existants.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="142" />
        <source>{label}, commune {insee}</source>
        <translation>{label}, commune {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="20" />
        <source>Digital provisions and phasing in the OAP of zones open to building</source>
        <translation>Dispositions numériques et phasage dans les OAP des zones ouvertes à l'urbanisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="17" />
        <source>no OAP was provided</source>
        <translation>aucune OAP n'a été fournie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="21" />
        <source>Give the OAP (Pieces_ecrites/4_OAP) to evaluate this point.</source>
        <translation>Fournir les OAP (Pieces_ecrites/4_OAP) pour évaluer ce point.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="57" />
        <source>Zone {label}, open to building: the OAP read sets no provision on electronic communications for it.</source>
        <translation>Zone {label}, ouverte à l'urbanisation : les OAP lues ne fixent aucune disposition sur les communications électroniques pour cette zone.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="57" />
        <source>Write in the zone's OAP the ducts and chambers to lay, a site for the mutualisation point, and the phasing of the opening with the arrival of the RIP.</source>
        <translation>Inscrire dans l'OAP de la zone les fourreaux et chambres à poser, un emplacement pour le point de mutualisation et le phasage de l'ouverture avec l'arrivée du réseau d'initiative publique.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="66" />
        <source>Zone {label}, open to building: its OAP provides for electronic communications (page {page}): « {quote} ».</source>
        <translation>Zone {label}, ouverte à l'urbanisation : son OAP traite des communications électroniques (page {page}) : « {quote} ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="66" />
        <source>It sets no phasing with the arrival of the RIP.</source>
        <translation>Elle ne prévoit aucun phasage avec l'arrivée du réseau d'initiative publique.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="66" />
        <source>Phase the opening of the zone with the arrival of the RIP in the OAP.</source>
        <translation>Phaser dans l'OAP l'ouverture de la zone avec l'arrivée du réseau d'initiative publique.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_7_oap.py" line="44" />
        <source>Zones open to building ({labels}): digital provisions and phasing of their OAP not evaluated, {why}.</source>
        <translation>Zones ouvertes à l'urbanisation ({labels}) : dispositions numériques et phasage de leurs OAP non évalués, {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="244" />
        <source>Public-initiative versus private deployment areas, read from any polygon layer with a field giving the zone type (RIP, AMII, AMEL, ZTD) and optionally the operator and the commune (INSEE code): with the commune, a PLUi's serving is said per commune, and never in a commune with a private area.</source>
        <translation>Zones d'initiative publique et zones de déploiement privé, lues dans toute couche de polygones ayant un champ du type de zone (RIP, AMII, AMEL, ZTD) et, facultativement, l'opérateur et la commune (code INSEE) : avec la commune, la desserte d'un PLUi est appréciée par commune, et jamais dans une commune comportant une zone privée.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="251" />
        <source>Commune field (INSEE code)</source>
        <translation>Champ de la commune (code INSEE)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="190" />
        <source>it freezes the existing antenna support</source>
        <translation>elle fige le support d'antennes existant</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="190" />
        <source>it freezes the {n} existing antenna supports</source>
        <translation>elle fige les {n} supports d'antennes existants</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="286" />
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="393" />
        <source>{doc}: {odt}, {docx}, {note}, {atlas} ({pages} pages)</source>
        <translation>{doc} : {odt}, {docx}, {note}, {atlas} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="397" />
        <source>Warning: the three-month deadline ended on {date}; the opinion is deemed favourable (R153-4).</source>
        <translation>Attention : le délai de trois mois a expiré le {date} ; l'avis est réputé favorable (R153-4).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/avis/voice.py" line="95" />
        <source>{file}: the RIP deployment calendar cannot be read ({error}).</source>
        <translation>{file} : le calendrier de déploiement du RIP ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/avis/voice.py" line="100" />
        <source>{file}: the RIP deployment calendar needs the columns zone and echeance (found: {found}).</source>
        <translation>{file} : le calendrier de déploiement du RIP doit comporter les colonnes zone et echeance (trouvées : {found}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="29" />
        <source>Scan Urba – the Département's opinions</source>
        <translation>Scan Urba – avis du Département</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="32" />
        <source>These settings fill every opinion: the Département's voice, its roles and the signature block.</source>
        <translation>Ces réglages servent à chaque avis : l'identité du Département, ses qualités et le bloc de signature.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="411" />
        <source>The network's owner in GraceTHD is a Département: the opinion speaks as the RIP authority (setting “RIP authority” left empty).</source>
        <translation>Le propriétaire du réseau dans GraceTHD est un Département : l'avis s'exprime en autorité organisatrice du RIP (réglage « autorité du RIP » laissé vide).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Date the procedure began, prescription (YYYY-MM-DD)</source>
        <translation>Date d'engagement de la procédure, prescription (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Procedure (élaboration, révision, modification or a CNIG code; default: DOC_URBA)</source>
        <translation>Procédure (élaboration, révision, modification ou code CNIG ; par défaut : DOC_URBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Commune's name (default: read in the pieces)</source>
        <translation>Nom de la commune (par défaut : lu dans les pièces)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="499" />
        <source> (default: settings)</source>
        <translation> (par défaut : réglages)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="501" />
        <source>Stage stated by the user</source>
        <translation>Stade indiqué par l'utilisateur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="501" />
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="501" />
        <source>projet arrêté</source>
        <translation>projet arrêté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="501" />
        <source>approved plan</source>
        <translation>plan approuvé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="504" />
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="504" />
        <source>section to insert in the Département's opinion</source>
        <translation>volet à insérer dans l'avis du Département</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="504" />
        <source>full letter</source>
        <translation>lettre complète</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="507" />
        <source>Final version (no draft banner; refused while a cited article is unverified)</source>
        <translation>Version finale (sans bandeau de projet ; refusée tant qu'un article cité n'est pas vérifié)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="510" />
        <source>An opinion is required (refuse an approved or inconsistent plan instead of writing an analysis note)</source>
        <translation>Un avis est exigé (refuser un plan approuvé ou contradictoire au lieu de rédiger une note d'analyse)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="520" />
        <source>The three-month deadline has passed: the opinion is deemed favourable</source>
        <translation>Le délai de trois mois est expiré : l'avis est réputé favorable</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="554" />
        <source>Date the procedure began</source>
        <translation>Date d'engagement de la procédure</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="546" />
        <source>Date of the SDTAN</source>
        <translation>Date du SDTAN</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="34" />
        <source>Département (e.g. Département des Alpes-Maritimes)</source>
        <translation>Département (par ex. Département des Alpes-Maritimes)</translation>
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
        <translation>Affaire suivie par (nom, téléphone, courriel)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="38" />
        <source>Signatory's name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="39" />
        <source>Signatory's quality</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="40" />
        <source>Delegation act (e.g. l'arrêté de délégation n° … du …)</source>
        <translation>Acte de délégation (par ex. l'arrêté de délégation n° … du …)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="41" />
        <source>Place of signature</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="42" />
        <source>SDTAN / SDUN held by the Département (name)</source>
        <translation>SDTAN / SDUN porté par le Département (nom)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="43" />
        <source>Date the SDTAN / SDUN was adopted (YYYY-MM-DD)</source>
        <translation>Date d'adoption du SDTAN / SDUN (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="36" />
        <source>Date the SDTAN / SDUN was adopted</source>
        <translation>Date d'adoption du SDTAN / SDUN</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="44" />
        <source>The Département is the authority of the RIP (oui/non; empty: proposed from the GraceTHD owner)</source>
        <translation>Le Département est l'autorité organisatrice du RIP (oui/non ; vide : proposé d'après le propriétaire GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="46" />
        <source>RIP delegate's legal name</source>
        <translation>Raison sociale du délégataire du RIP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="47" />
        <source>RIP deployment calendar (CSV: zone;echeance;pm)</source>
        <translation>Calendrier de déploiement du RIP (CSV : zone;echeance;pm)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="48" />
        <source>Logo (PNG)</source>
        <translation>Logo (PNG)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="49" />
        <source>Free signatory block (used when no signatory's name is set)</source>
        <translation>Bloc de signature libre (utilisé quand aucun signataire n'est renseigné)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="113" />
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="396" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="42" />
        <source>Data report of a scan (HTML and PDF)</source>
        <translation>Rapport de données d'un scan (HTML et PDF)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="45" />
        <source>Builds the data report of a scan, for the Département's own teams (not an annex of the opinion): document identity and inputs, legal summary by article and opinion, maps, findings and opportunities, legal texts applied, parameters; as a self-contained HTML file and the same content as a PDF. The atlas to annex is written with the opinion.</source>
        <translation>Construit le rapport de données d'un scan, pour les services du Département (ce n'est pas une annexe de l'avis) : identité du document et données lues, synthèse juridique par article et par avis, cartes, constats et opportunités, textes juridiques appliqués, paramètres ; en un fichier HTML autonome et le même contenu en PDF. L'atlas à annexer est écrit avec l'avis.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="57" />
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/avis_settings.py" line="50" />
        <source>Basemap of the atlas (a layer of the QGIS project, WMS/XYZ or local, or a file)</source>
        <translation>Fond de plan de l'atlas (une couche du projet QGIS, WMS/XYZ ou locale, ou un fichier)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="131" />
        <source>The PDF report {path} could not be written.</source>
        <translation>Le rapport PDF {path} n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="176" />
        <source>{service}: not a web address: {url}</source>
        <translation>{service} : ce n'est pas une adresse web : {url}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="380" />
        <source>the chapter refers to article {n} of the common rules, which was not found</source>
        <translation>le chapitre renvoie à l’article {n} des règles communes, qui n’a pas été trouvé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="409" />
        <source>a heading names zone {code} but no text of its chapter was found</source>
        <translation>un titre nomme la zone {code}, mais aucun texte de son chapitre n’a été trouvé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="25" />
        <source>chapter heading</source>
        <translation>titre du chapitre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="26" />
        <source>PDF bookmark</source>
        <translation>signet du PDF</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="27" />
        <source>table of contents</source>
        <translation>sommaire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="28" />
        <source>running header</source>
        <translation>en-tête de page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="29" />
        <source>referral</source>
        <translation>renvoi</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/report_section.py" line="30" />
        <source>CNIG SRU structure</source>
        <translation>structure CNIG SRU</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/pieces_view.py" line="72" />
        <source>File, found by</source>
        <translation>Fichier, repéré par</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="439" />
        <source>Trench sharing: {n} rows; {length} of trench (each trench once); civil-works cost of the order of {low} to {high}</source>
        <translation>Mutualisation des tranchées : {n} lignes ; {length} de tranchées (chacune comptée une fois) ; coût de génie civil de l'ordre de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="152" />
        <source>L49 thresholds (150 m in an agglomération, 1 000 m outside, article D407-4 CPCE): the agglomération is read as the commune's INSEE unité urbaine ({vintage}), not from the plan's zones: {answer}.</source>
        <translation>Seuils L49 (150 m en agglomération, 1 000 m hors agglomération, article D407-4 du CPCE) : l'agglomération est lue comme l'unité urbaine INSEE de la commune ({vintage}), non d'après les zones du plan : {answer}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="152" />
        <source>Give an agglomération layer to decide otherwise; each trench-sharing row names the notion it used.</source>
        <translation>Fournir une couche d'agglomération pour en décider autrement ; chaque ligne de mutualisation indique la notion retenue.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="152" />
        <source>Give an agglomération layer: until then works between 150 m and 1 000 m are L49 works only if the commune lies in an unité urbaine.</source>
        <translation>Fournir une couche d'agglomération : d'ici là, les travaux de 150 m à 1 000 m ne relèvent de l'article L49 que si la commune appartient à une unité urbaine.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="42" />
        <source>internal coordination</source>
        <translation>coordination interne</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="97" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="97" />
        <source>Agglomération (D407-4)</source>
        <translation>Agglomération (D407-4)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="208" />
        <source>{n} electricity or lighting line(s) do not say whether telecom cables ride their supports: no telecom burial need is drawn from them.</source>
        <translation>{n} ligne(s) électrique(s) ou d'éclairage n'indiquent pas si des câbles de communications électroniques sont portés par leurs appuis : aucun besoin d'enfouissement télécom n'en est tiré.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="208" />
        <source>Map a field telling whether telecom cables ride the supports (telecom=&lt;field&gt;, oui/non) and the telecom operator (telecom_operator=&lt;field&gt;).</source>
        <translation>Associer un champ indiquant si des câbles de communications électroniques sont portés par les appuis (telecom=&lt;champ&gt;, oui/non) et l'opérateur (telecom_operator=&lt;champ&gt;).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="20" />
        <source>unités urbaines 2020, communes as of 1 January 2022</source>
        <translation>unités urbaines 2020, communes au 1er janvier 2022</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="24" />
        <source>commune in an INSEE unité urbaine</source>
        <translation>commune située dans une unité urbaine INSEE</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="25" />
        <source>commune outside any INSEE unité urbaine</source>
        <translation>commune hors unité urbaine INSEE</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="26" />
        <source>agglomération undetermined (commune absent from the INSEE table of unités urbaines)</source>
        <translation>agglomération non déterminée (commune absente de la table INSEE des unités urbaines)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/unites_urbaines.py" line="28" />
        <source>agglomération layer given by the user</source>
        <translation>couche d'agglomération fournie par l'utilisateur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="56" />
        <source>article D407-4 CPCE (thresholds; version in force since 2 February 2017) and section of the L49 décret (six weeks), version of 28 June 2022</source>
        <translation>article D407-4 du CPCE (seuils ; version en vigueur depuis le 2 février 2017) et section du décret L49 (six semaines), version du 28 juin 2022</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="146" />
        <source>telecom operator on the common supports</source>
        <translation>opérateur de communications électroniques présent sur les appuis communs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="955" />
        <source>an aerial telecom line on its own or lighting poles to bury</source>
        <translation>une ligne aérienne de télécommunications sur ses propres appuis ou sur l'éclairage, à enfouir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="966" />
        <source>The works {works} ({owner}) and the RIP need(s) they meet belong to the same maître d'ouvrage: {needs}, over {length}. Internal coordination (lay the RIP ducts in the works), not a sharing opportunity.</source>
        <translation>Les travaux {works} ({owner}) et les besoins du réseau d'initiative publique qu'ils rencontrent relèvent du même maître d'ouvrage : {needs}, sur {length}. Coordination interne (poser les fourreaux du réseau dans les travaux), pas une opportunité de mutualisation.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="966" />
        <source>The works {works} ({owner}) can carry, over {length}, ducts for: {needs}.</source>
        <translation>Les travaux {works} ({owner}) peuvent accueillir, sur {length}, des fourreaux pour : {needs}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="972" />
        <source>Civil-works cost of such a trench of the order of {low} to {high} ({source}); the parties share it under the legal basis or their agreement: it is not saved whole.</source>
        <translation>Coût de génie civil d'une telle tranchée de l'ordre de {low} à {high} ({source}) ; les parties le partagent selon le fondement juridique ou leur convention : il n'est pas économisé en entier.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="980" />
        <source>The trench crosses an element protected under L151-23 CU ({labels}): the works follow the plan's rules for it and its prior formalities.</source>
        <translation>La tranchée traverse un élément protégé au titre de l'article L151-23 du code de l'urbanisme ({labels}) : les travaux respectent les règles que le plan lui applique et ses formalités préalables.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="991" />
        <source>CETE de l'Ouest reference, undated note of about 2008–2012, not updated</source>
        <translation>référence du CETE de l'Ouest, note non datée vers 2008-2012, non actualisée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1007" />
        <source>Send the maître d'ouvrage a reasoned request (L49 CPCE) before {date} (agglomération: {notion}).</source>
        <translation>Adresser au maître d'ouvrage une demande motivée (L49 CPCE) avant le {date} (agglomération : {notion}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1011" />
        <source>L49 would apply to these works only in an agglomération (150 m, D407-4 CPCE), here {notion}; its window closed on {date} anyway: propose a joint-laying agreement.</source>
        <translation>L'article L49 ne s'appliquerait à ces travaux qu'en agglomération (150 m, article D407-4 du CPCE), ici {notion} ; son délai a de toute façon expiré le {date} : proposer une convention de pose commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1014" />
        <source>L49 applies to these works only in an agglomération (150 m, D407-4 CPCE), here {notion}: if the commune belongs to an INSEE unité urbaine, send a reasoned request before {date}; otherwise propose a joint-laying agreement.</source>
        <translation>L'article L49 ne s'applique à ces travaux qu'en agglomération (150 m, article D407-4 du CPCE), ici {notion} : si la commune appartient à une unité urbaine INSEE, adresser une demande motivée avant le {date} ; à défaut, proposer une convention de pose commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1018" />
        <source>Network works below the L49 threshold ({threshold}; agglomération: {notion}): propose a joint-laying agreement.</source>
        <translation>Travaux de réseau sous le seuil L49 ({threshold} ; agglomération : {notion}) : proposer une convention de pose commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1035" />
        <source> The telecom cables on these electricity poles (appuis communs) go into the trench with them: under an agreement with the collectivité, the telecom operator ({partners}) bears its own equipment and 20 % of the terrassement costs (L2224-35 CGCT, arrêté of 2 December 2008).</source>
        <translation> Les câbles de communications électroniques portés par ces appuis électriques (appuis communs) sont enfouis avec eux : par convention avec la collectivité, l'opérateur ({partners}) prend en charge ses équipements et 20 % des coûts de terrassement (L2224-35 CGCT, arrêté du 2 décembre 2008).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1040" />
        <source> The aerial telecom line stands on telecom or lighting poles, not on electricity ones: L2224-35 does not apply; the line's owner makes the request or the agreement.</source>
        <translation> La ligne aérienne de télécommunications repose sur des appuis propres ou d'éclairage, non sur des appuis électriques : l'article L2224-35 ne s'applique pas ; la demande ou la convention revient au propriétaire de la ligne.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1044" />
        <source> The developer owes the équipements propres of its operation (L332-15 CU); a RIP route or an operator's site link is not one: an agreement with the developer, the laying paid by the network.</source>
        <translation> L'aménageur doit les équipements propres de son opération (L332-15 CU) ; une artère du réseau d'initiative publique ou la desserte d'un site d'opérateur n'en est pas un : convention avec l'aménageur, la pose à la charge du réseau.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="1048" />
        <source> Inside the AU zone, the operation's own ducts are équipements propres at the developer's charge (L332-15 CU).</source>
        <translation> Dans la zone AU, les fourreaux propres à l'opération sont des équipements propres à la charge de l'aménageur (L332-15 CU).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="96" />
        <source>Trench cost, high (€)</source>
        <translation>Coût de la tranchée, haut (€)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Agglomération for the L49 thresholds (default: the commune's INSEE unité urbaine)</source>
        <translation>Agglomération pour les seuils L49 (par défaut : unité urbaine INSEE de la commune)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Default: the INSEE unité urbaine of the commune (article D407-4 CPCE), never the plan's U zones.</source>
        <translation>Par défaut : l'unité urbaine INSEE de la commune (article D407-4 du CPCE), jamais les zones U du plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="216" />
        <source>Any line layer of aerial networks (telecom, electricity, lighting) with a nature field and, if known, the owner, whether telecom cables ride the supports (oui/non) and their operator: an electricity or lighting line is a telecom need only when it carries telecom cables. GraceTHD aerial routes are read by the GraceTHD import.</source>
        <translation>Toute couche de lignes aériennes (télécommunications, électricité, éclairage) avec un champ de nature et, s'ils sont connus, le propriétaire, la présence de câbles de communications électroniques sur les appuis (oui/non) et leur opérateur : une ligne électrique ou d'éclairage n'est un besoin télécom que si elle porte de tels câbles. Les cheminements aériens GraceTHD sont lus par l'import GraceTHD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="225" />
        <source>Field telling whether telecom cables ride the supports</source>
        <translation>Champ indiquant si des câbles télécom sont portés par les appuis</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="226" />
        <source>Telecom operator field</source>
        <translation>Champ de l'opérateur télécom</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="95" />
        <source>Trench cost, low (€)</source>
        <translation>Coût de la tranchée, bas (€)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="98" />
        <source>L49 if in an agglomération</source>
        <translation>L49 si en agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="99" />
        <source>L151-23 element crossed</source>
        <translation>Élément L151-23 traversé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="34" />
        <source>The GraceTHD network given does not cover the plan: it lies {distance} away.</source>
        <translation>Le réseau GraceTHD fourni ne recouvre pas le plan : il est à {distance}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="36" />
        <source>The antenna sites given (ANFR, ARCEP) do not cover the plan: they lie {distance} away.</source>
        <translation>Les sites d’antennes fournis (ANFR, ARCEP) ne recouvrent pas le plan : ils sont à {distance}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="38" />
        <source>The planned works given do not cover the plan: they lie {distance} away.</source>
        <translation>Les travaux programmés fournis ne recouvrent pas le plan : ils sont à {distance}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="40" />
        <source>The aerial lines given do not cover the plan: they lie {distance} away.</source>
        <translation>Les lignes aériennes fournies ne recouvrent pas le plan : elles sont à {distance}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="42" />
        <source>The RIP zoning given does not cover the plan: it lies {distance} away.</source>
        <translation>Le zonage RIP fourni ne recouvre pas le plan : il est à {distance}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="52" />
        <source>more than {distance}</source>
        <translation>plus de {distance}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="57" />
        <source>Check that the file is the one of this territory; nothing is said from it about the plan (not evaluated).</source>
        <translation>Vérifier que le fichier est bien celui de ce territoire ; rien n’en est tiré sur le plan (non évalué).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="76" />
        <source>Scan Urba default: the largest reach of the rules (the longest missing link between duct routes)</source>
        <translation>Valeur par défaut de Scan Urba : la plus grande portée des règles (la plus longue liaison manquante entre fourreaux)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="76" />
        <source>margin around the plan: inputs are read, and findings kept, this far from its zones; never less than the largest reach of the rules used (serving distance, pooling radius, fibred distance, ER tolerance, corridor width, missing-link gap)</source>
        <translation>marge autour du plan : les données sont lues, et les constats retenus, jusqu’à cette distance de ses zones ; jamais moins que la plus grande portée des règles utilisées (distance de desserte, rayon de mutualisation, distance de fibrage, tolérance des ER, largeur de tranchée, liaison manquante)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="241" />
        <source>Perimeter of the plan</source>
        <translation>Périmètre du plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="85" />
        <source>Margin around the plan</source>
        <translation>Marge autour du plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="492" />
        <source>Every commune, or these INSEE codes: 06001, 06002</source>
        <translation>Toutes les communes, ou ces codes INSEE : 06001, 06002</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="494" />
        <source>Writes the opinion of these communes (INSEE codes) or documents (IDURBA) of the plan only, separated by commas; empty: every document.</source>
        <translation>Rédige l'avis de ces seules communes (codes INSEE) ou de ces seuls documents (IDURBA) du plan, séparés par des virgules ; vide : tous les documents.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="141" />
        <source>No document of the scan for {entries} (give IDURBA or INSEE codes; the scan holds {n} documents, e.g. {first}).</source>
        <translation>Aucun document de l'analyse pour {entries} (donnez des IDURBA ou des codes INSEE ; l'analyse compte {n} documents, par exemple {first}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="484" />
        <source>Only these communes or documents (INSEE codes or IDURBA, separated by commas; default: every document)</source>
        <translation>Seulement ces communes ou ces documents (codes INSEE ou IDURBA, séparés par des virgules ; par défaut : tous les documents)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="70" />
        <source>RIP partly reaching the zone</source>
        <translation>zone partiellement desservie par le RIP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="71" />
        <source>no RIP route near the zone</source>
        <translation>aucun cheminement du RIP à proximité de la zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="72" />
        <source>not evaluated (input missing)</source>
        <translation>non évalué (donnée manquante)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="73" />
        <source>not applicable to this plan</source>
        <translation>sans objet pour ce document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="74" />
        <source>agglomération assumed</source>
        <translation>agglomération supposée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="75" />
        <source>written piece not read</source>
        <translation>pièce écrite non lue</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="76" />
        <source>trench sharing</source>
        <translation>mutualisation de tranchées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="60" />
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="60" />
        <source>found {version}</source>
        <translation>version {version} trouvée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="119" />
        <source>OSGeo4W Shell (Start menu, QGIS folder):</source>
        <translation>OSGeo4W Shell (menu Démarrer, dossier QGIS) :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="122" />
        <source>Terminal:</source>
        <translation>Terminal :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="130" />
        <source>Debian/Ubuntu, in a terminal:</source>
        <translation>Debian/Ubuntu, dans un terminal :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="82" />
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="463" />
        <source>Reading the findings…</source>
        <translation>Lecture des constats…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="477" />
        <source>The findings could not be read: {reason}</source>
        <translation>Les constats n'ont pas pu être lus : {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="591" />
        <source>{n} {rows} of {total}.</source>
        <translation>{n} {rows} sur {total}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="591" />
        <source>row shown</source>
        <translation>ligne affichée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="591" />
        <source>rows shown</source>
        <translation>lignes affichées</translation>
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
        <translation>Projet arrêté le</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="639" />
        <source>File received on</source>
        <translation>Dossier reçu le</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="488" />
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="497" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="498" />
        <source>The Département's settings…</source>
        <translation>Paramètres du Département…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="499" />
        <source>Name, logo and signatory of the Département's opinions.</source>
        <translation>Nom, logo et signataire des avis du Département.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="872" />
        <source>{n} {findings}, {m} {opportunities}.</source>
        <translation>{n} {findings}, {m} {opportunities}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="239" />
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="872" />
        <source>trench-sharing opportunity</source>
        <translation>opportunité de mutualisation de tranchées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="872" />
        <source>trench-sharing opportunities</source>
        <translation>opportunités de mutualisation de tranchées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="239" />
        <source>{n} {findings}.</source>
        <translation>{n} {findings}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="463" />
        <source>Runs the full scan, then for each document of the plan decides what act it is (projet arrêté of an élaboration or révision, modification, approved plan, or inconsistent) and writes the digital section of the Département's opinion, or a full letter (avis_[IDURBA].odt and .docx), an internal note for the RIP team (note_interne_rip_[IDURBA]) and a PDF atlas. An approved plan gets an analysis note (note_analyse_[IDURBA]), or is refused when an opinion is required. The deadline is three months after receipt (R153-4); when it has passed the opinion is deemed favourable and the log says so. The final mode removes the draft banner and refuses while an article cited is unverified. The Département's name, roles and signatory come from the settings unless given here. For a batch over some communes of a mosaic, give their INSEE codes (or the documents' IDURBA): each gets its own opinion and atlas, in one run.</source>
        <translation>Lance l'analyse complète puis, pour chaque document du plan, établit de quel acte il s'agit (projet arrêté d'une élaboration ou d'une révision, modification, plan approuvé, ou éléments contradictoires) et rédige le volet numérique de l'avis du Département, ou une lettre complète (avis_[IDURBA].odt et .docx), une note interne pour l'équipe du RIP (note_interne_rip_[IDURBA]) et un atlas PDF. Un plan approuvé reçoit une note d'analyse (note_analyse_[IDURBA]), ou est refusé quand un avis est exigé. Le délai est de trois mois après la réception (R153-4) ; une fois expiré, l'avis est réputé favorable et le journal le signale. Le mode final retire le bandeau de projet et est refusé tant qu'un article cité n'est pas vérifié. Le nom, les qualités et le signataire du Département viennent des réglages, sauf s'ils sont donnés ici. Pour une série de communes d'une mosaïque, donnez leurs codes INSEE (ou les IDURBA des documents) : chacune reçoit son avis et son atlas, en une seule exécution.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="82" />
        <source>mosaic of {n} documents</source>
        <translation>mosaïque de {n} documents</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="102" />
        <source>{n} {rows}, {length} m of trench (each once), civil-works cost of the order of {low} to {high} €.</source>
        <translation>{n} {rows}, {length} m de tranchées (chacune une fois), coût de génie civil de l'ordre de {low} à {high} €.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="102" />
        <source>trench-sharing row</source>
        <translation>ligne de mutualisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="102" />
        <source>trench-sharing rows</source>
        <translation>lignes de mutualisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="113" />
        <source>share, 0 to 1</source>
        <translation>part, de 0 à 1</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="332" />
        <source>Overlays the urban plan (its written pieces when given) with the duct network, antenna sites and SCOT sectors and reports what a département's opinion would say: the PADD orientation on digital communications (L151-5), the e-communications rule and reinforced criteria in zones open to building (R151-49 3° or R123-9 16° by the plan's regime, L151-40), points of vigilance on compatibility with the SCOT, public network sites that may deserve a reservation (L151-41), zones far from the RIP (an observation for the rapport de présentation) and antenna sites. Each finding gives the opinion (réserve, recommandation, observation, information), what the text does (obligation, compatibility, faculty, good practice), the part of the plan and the plan's own words with their page. Data-quality findings are kept apart. Output: one GeoPackage (EPSG:2154) with the findings (on zones, lines, points and on the whole document), the summary by zone, the antenna sites, the reserved sites and the record of the run.</source>
        <translation>Croise le document d'urbanisme (et ses pièces écrites lorsqu'elles sont fournies) avec le réseau de fourreaux, les sites d'antennes et les secteurs du SCOT, et présente ce que dirait l'avis d'un département : l'orientation du PADD sur les communications numériques (L151-5), la règle « communications électroniques » et les critères renforcés dans les zones ouvertes à l'urbanisation (R151-49 3° ou R123-9 16° selon le régime du plan, L151-40), les points de vigilance sur la compatibilité avec le SCOT, les sites de réseau publics qui pourraient justifier une réservation (L151-41), les zones éloignées du RIP (observation pour le rapport de présentation) et les sites d'antennes. Chaque constat donne l'avis (réserve, recommandation, observation, information), la portée du texte (obligation, compatibilité, faculté, bonne pratique), la pièce du plan concernée et les termes du plan avec leur page. Les constats de qualité des données sont présentés à part. Sortie : un GeoPackage (EPSG:2154) avec les constats (sur les zones, les lignes, les points et sur le document entier), le bilan par zone, les sites d'antennes, les emplacements réservés et la trace de l'exécution.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="357" />
        <source>Matches works that will open the ground (planned works, ER 05-01 future roads, AU zones to develop) with the places that need ducts (RIP routes to build, unserved zones, antenna sites to fibre, AU zones, missing links between duct routes, aerial lines to bury). A need and an offer match where they run within the corridor width of each other, or where the need crosses the offer polygon. For each opportunity: shared length, agglomération, L49 threshold and eligibility, L49 deadline (declaration + 6 weeks), unit cost and cost avoided, partners, legal basis, score and rank. Output: the layer of trench-sharing opportunities.</source>
        <translation>Rapproche les travaux qui ouvriront le sol (travaux programmés, voies futures ER 05-01, zones AU à aménager) des lieux qui ont besoin de fourreaux (cheminements du RIP à construire, zones non desservies, points hauts à fibrer, zones AU, liaisons manquantes entre cheminements, lignes aériennes à enfouir). Un besoin et une offre se rejoignent là où ils courent à moins de la largeur de corridor l'un de l'autre, ou là où le besoin traverse le polygone de l'offre. Pour chaque opportunité : longueur partagée, agglomération, seuil et éligibilité L49, date limite L49 (déclaration + 6 semaines), coût unitaire et coût évité, partenaires, base légale, score et rang. Résultat : la couche des opportunités de mutualisation.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="376" />
        <source>Runs the compliance check and the trench-sharing proposals on the same inputs and writes both into one GeoPackage, with the record of the run (inputs, parameters, versions).</source>
        <translation>Lance le contrôle et les propositions de mutualisation sur les mêmes données et écrit les deux dans un GeoPackage, avec la trace de l'exécution (données, paramètres, versions).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="114" />
        <source>File of the piece</source>
        <translation>Fichier de la pièce</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="114" />
        <source>How the chapter was found</source>
        <translation>Repérage du chapitre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="117" />
        <source>Served by existing ducts (%)</source>
        <translation>Desservie par les fourreaux existants (%)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="118" />
        <source>Served by planned ducts (%)</source>
        <translation>Desservie par les fourreaux projetés (%)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/legal.py" line="409" />
        <source> (or, for a SCOT modernised since 1 April 2021, the DOO under L141-4, last paragraph, and L101-2 3°)</source>
        <translation> (ou, pour un SCOT modernisé depuis le 1er avril 2021, le DOO au titre de l'article L141-4, dernier alinéa, et de l'article L101-2 3°)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/legal.py" line="417" />
        <source> or the DOO of a modernised SCOT (L141-4, last paragraph, and L101-2 3°), depending on when its procedure began</source>
        <translation> ou le DOO d'un SCOT modernisé (L141-4, dernier alinéa, et L101-2 3°), selon la date d'engagement de sa procédure</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/avis/findings.py" line="104" />
        <source>No zone of the PLUi {doc} lies in the commune {code} of the communes layer: check that the layer is the one of this territory.</source>
        <translation>Aucune zone du PLUi {doc} ne se trouve dans la commune {code} de la couche des communes : vérifier que la couche est celle de ce territoire.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/communes.py" line="46" />
        <source>{layer}: no INSEE code field in the communes layer (expected INSEE_COM, as in IGN ADMIN EXPRESS COMMUNE, or INSEE, CODE_INSEE, CODGEO); its fields: {fields}.</source>
        <translation>{layer} : aucun champ de code INSEE dans la couche des communes (attendu : INSEE_COM, comme dans IGN ADMIN EXPRESS COMMUNE, ou INSEE, CODE_INSEE, CODGEO) ; ses champs : {fields}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="53" />
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Communes (polygons with their INSEE code and name, e.g. IGN ADMIN EXPRESS COMMUNE): a PLUi's findings per commune</source>
        <translation>Communes (polygones avec leur code INSEE et leur nom, p. ex. IGN ADMIN EXPRESS COMMUNE) : les constats d'un PLUi par commune</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>Communes (for a PLUi)</source>
        <translation>Communes (pour un PLUi)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The communes' polygons with their INSEE code and name (IGN ADMIN EXPRESS, layer COMMUNE: INSEE_COM, NOM). A PLUi's opinion then counts its findings per commune, and can be cut to one commune.</source>
        <translation>Les polygones des communes avec leur code INSEE et leur nom (IGN ADMIN EXPRESS, couche COMMUNE : INSEE_COM, NOM). L'avis sur un PLUi compte alors ses constats par commune, et peut être restreint à une commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="133" />
        <source>No document of the scan for {entries}: not a commune of the PLUi {doc} (its DOC_URBA_COM lists {codes}) nor a document of the scan (give IDURBA or INSEE codes).</source>
        <translation>Aucun document de l'analyse pour {entries} : ni une commune du PLUi {doc} (sa table DOC_URBA_COM liste {codes}), ni un document de l'analyse (indiquer des IDURBA ou des codes INSEE).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="167" />
        <source>{code} is a commune of the PLUi {doc}: its opinion is an extract of the PLUi's, cut to the commune, which needs the commune's polygon. Give the “Communes” layer (IGN ADMIN EXPRESS COMMUNE, fields INSEE_COM and NOM; option --communes) holding {code}.</source>
        <translation>{code} est une commune du PLUi {doc} : son avis est un extrait de celui du PLUi, restreint à la commune, ce qui demande le polygone de la commune. Fournir la couche « Communes » (IGN ADMIN EXPRESS COMMUNE, champs INSEE_COM et NOM ; option --communes) contenant {code}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="890" />
        <source>The result buttons act on the previous result: {name}.</source>
        <translation>Les boutons du résultat portent sur le résultat précédent : {name}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>The folder of the ANFR export (SUP_SUPPORT.txt…); one of its tables is taken as its folder.</source>
        <translation>Le dossier de l'export ANFR (SUP_SUPPORT.txt…) ; une de ses tables vaut pour son dossier.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="36" />
        <source>legal</source>
        <translation>juridique</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="318" />
        <source>Cost (€)</source>
        <translation>Coût (€)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="449" />
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="127" />
        <source>Planned radio installation ({site}): the operator gives the maire or the president of the EPCI an information file at least one month before filing the urbanism request (L34-9-1 CPCE).</source>
        <translation>Installation radioélectrique en projet ({site}) : l'opérateur remet au maire ou au président de l'EPCI un dossier d'information au moins un mois avant le dépôt de la demande d'autorisation d'urbanisme (L34-9-1 CPCE).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="343" />
        <source>planned</source>
        <translation>projeté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="64" />
        <source>The planned point haut ({site}) stands in an espace boisé classé (« {name} », zone {zone}): the classification forbids any change of use that compromises the woodland, and the défrichement is refused as of right (L113-2).</source>
        <translation>Le point haut projeté ({site}) se situe dans un espace boisé classé (« {name} », zone {zone}) : le classement interdit tout changement d'affectation de nature à compromettre la conservation des boisements, et le défrichement y est refusé de plein droit (L113-2).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="75" />
        <source>The planned point haut ({site}) stands in the protected element « {name} » (zone {zone}).</source>
        <translation>Le point haut projeté ({site}) se situe dans l'élément protégé « {name} » (zone {zone}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="70" />
        <source>{support} stands there</source>
        <translation>{support} s'y trouve</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="70" />
        <source>{supports} stand there</source>
        <translation>{supports} s'y trouvent</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="75" />
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="179" />
        <source>ANFR support no. {sup}</source>
        <translation>n° de support ANFR {sup}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="259" />
        <source>RIP site {site}</source>
        <translation>site du RIP {site}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="143" />
        <source>{site}, ANFR support no. {sup}</source>
        <translation>{site}, n° de support ANFR {sup}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="176" />
        <source>Site of the planned public installation ({site}, {kind}): is an emplacement réservé (public beneficiary) or a servitude de localisation (L151-41, last paragraph) useful?</source>
        <translation>Localisation de l'installation publique en projet ({site}, {kind}) : un emplacement réservé (bénéficiaire public) ou une servitude de localisation (L151-41, dernier alinéa) est-il utile ?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="176" />
        <source>Site of the planned public installation ({site}, {kind}), in zone {zone}: is an emplacement réservé (public beneficiary) useful?</source>
        <translation>Implantation de l'installation publique projetée ({site}, {kind}), en zone {zone} : un emplacement réservé (bénéficiaire public) est-il utile ?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="255" />
        <source>the RIP plans there a mutualisation point (PM; {site}), not an optical node (NRO)</source>
        <translation>le réseau d'initiative publique y prévoit un point de mutualisation (PM ; {site}), et non un nœud de raccordement optique (NRO)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="259" />
        <source>the RIP plans there an optical node (NRO; {site})</source>
        <translation>le réseau d'initiative publique y prévoit un nœud de raccordement optique (NRO ; {site})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="287" />
        <source>lieu-dit {name}</source>
        <translation>lieu-dit {name}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="329" />
        <source>the {nature} of {height}</source>
        <translation>le {nature} de {height}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="330" />
        <source>the {nature}</source>
        <translation>le {nature}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="332" />
        <source>the antenna support ({details})</source>
        <translation>le support d'antennes ({details})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="335" />
        <source>the antenna support</source>
        <translation>le support d'antennes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="342" />
        <source>located {place}</source>
        <translation>situé {place}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="344" />
        <source>operated by {operators}</source>
        <translation>exploité par {operators}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="345" />
        <source>belonging to {owner}</source>
        <translation>appartenant à {owner}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="351" />
        <source>{support} (ANFR support no. {sup})</source>
        <translation>{support} (n° de support ANFR {sup})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="100" />
        <source>{avis} – {object} ({basis})</source>
        <translation>{avis} – {object} ({basis})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="480" />
        <source>Version checked</source>
        <translation>Version vérifiée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="370" />
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="377" />
        <source>Public body holding the plan (SIREN)</source>
        <translation>Établissement public porteur du plan (SIREN)</translation>
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
        <translation>Nom de l'EPCI d'un PLUi, ou de l'établissement porteur d'un SCOT (par défaut : désigné par son SIREN)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="29" />
        <source>case law</source>
        <translation>jurisprudence</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="161" />
        <source>The written règlement bans antennas on the whole territory (page {page}): « {quote} ». Unless urbanism grounds for it are set out in the rapport de présentation, which the Département has not examined, a ban whose extent compromises the operators' coverage duties exposes the plan to annulment (CE, 17 July 2013, SFR, n° 350380; TA Amiens, 13 June 2006, n° 0402044).</source>
        <translation>Le règlement écrit interdit les antennes relais sur l'ensemble du territoire (page {page}) : « {quote} ». Sauf justification par des motifs d'urbanisme exposés dans le rapport de présentation, que le Département n'a pas examiné, une interdiction dont l'étendue compromet les obligations de couverture des opérateurs expose le plan à l'annulation (CE, 17 juillet 2013, SFR, n° 350380 ; TA Amiens, 13 juin 2006, n° 0402044).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="301" />
        <source>{support} is {d} from the nearest fibre route: a trench of about {cost_low} to {cost} ({range}).</source>
        <translation>{support} est à {d} du cheminement du RIP le plus proche : une tranchée d'environ {cost_low} à {cost} ({range}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="302" />
        <source>State the ER's beneficiary (the public body that will build the mast) and its purpose (a mast shared by the operators).</source>
        <translation>Préciser le bénéficiaire de l'emplacement réservé (la personne publique qui réalisera le pylône) et son objet (un pylône mutualisé entre opérateurs).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="305" />
        <source>State the ER's beneficiary (the public body that will build the mast) and its purpose (a mast shared by the operators, saying whether it replaces the existing support or is shared with it).</source>
        <translation>Préciser le bénéficiaire de l'emplacement réservé (la personne publique qui réalisera le pylône) et son objet (un pylône mutualisé entre opérateurs, en indiquant s'il remplace le support existant ou s'il le partage).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="312" />
        <source>State the ER's beneficiary (the RIP authority) and its purpose (the equipment the RIP plans there).</source>
        <translation>Préciser le bénéficiaire de l'emplacement réservé (l'autorité organisatrice du réseau d'initiative publique) et son objet (l'équipement que ce réseau y prévoit).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="93" />
        <source>Give the {inputs} data covering the commune: the file given lies outside the plan.</source>
        <translation>Fournir les données {inputs} couvrant la commune : le fichier fourni est hors du plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="93" />
        <source>Give the {inputs} data covering the commune: the files given lie outside the plan.</source>
        <translation>Fournir les données {inputs} couvrant la commune : les fichiers fournis sont hors du plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="106" />
        <source>no {inputs} given</source>
        <translation>aucune couche {inputs} fournie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="128" />
        <source>the {input} given lies outside the plan ({distance} away)</source>
        <translation>le fichier {input} fourni est hors du plan (à {distance})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="113" />
        <source>{title}: not evaluated, {why}.</source>
        <translation>{title} : non évalué, {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="140" />
        <source>{reason}; {more}</source>
        <translation>{reason} ; {more}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="44" />
        <source>The SCOT's DOO sectors given do not cover the plan: they lie {distance} away.</source>
        <translation>Les secteurs du DOO du SCOT fournis ne recouvrent pas le plan : ils sont à {distance}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/grade.py" line="508" />
        <source>{file}: no zone chapter found in its {words} of text, not read as a règlement.</source>
        <translation>{file} : aucun chapitre de zone trouvé dans ses {words} de texte, non lu comme un règlement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="92" />
        <source>In the written règlement provided, {reason}</source>
        <translation>Dans le règlement écrit fourni, {reason}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/outputs.py" line="97" />
        <source>In the written règlement provided ({files}), pages {pages} have no text layer (scans).</source>
        <translation>Dans le règlement écrit fourni ({files}), les pages {pages} n'ont pas de couche texte (numérisations).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/padd_oap.py" line="61" />
        <source>{file} holds only {words} of text, too few to be read as a PADD.</source>
        <translation>{file} ne compte que {words} de texte, trop peu pour être lu comme un PADD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/padd_oap.py" line="93" />
        <source>{file} holds only {words} of text, too few to be read as an OAP.</source>
        <translation>{file} ne compte que {words} de texte, trop peu pour être lu comme une OAP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/pdf.py" line="108" />
        <source>{file}: no text layer on any of its {n} pages, a scan that cannot be read without OCR.</source>
        <translation>{file} : aucune couche texte sur ses {n} pages, une numérisation illisible sans reconnaissance de caractères.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="12" />
        <source>the PADD provided</source>
        <translation>le PADD fourni</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="13" />
        <source>the written règlement provided</source>
        <translation>le règlement écrit fourni</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="14" />
        <source>the OAP provided</source>
        <translation>l'OAP fournie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="19" />
        <source>Give the written règlement (Pieces_ecrites/3_Reglement) to evaluate this point.</source>
        <translation>Fournir le règlement écrit (Pieces_ecrites/3_Reglement) pour évaluer ce point.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="42" />
        <source>word</source>
        <translation>mot</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="42" />
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="49" />
        <source>file {names}</source>
        <translation>fichier {names}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="50" />
        <source>files {names}</source>
        <translation>fichiers {names}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="71" />
        <source>{piece} ({files})</source>
        <translation>{piece} ({files})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="80" />
        <source>{given} could not be read ({reason})</source>
        <translation>{given} n'a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="394" />
        <source>written piece</source>
        <translation>pièce écrite</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="210" />
        <source>group of {n} antenna supports</source>
        <translation>groupe de {n} supports d'antennes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="137" />
        <source>PADD orientation on digital communications (L151-5): not evaluated, as {why}.</source>
        <translation>Orientation du PADD sur les communications numériques (L151-5) : non évaluée, car {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_index.py" line="126" />
        <source>In the result {file}, the spatial index of {layers} pointed at the wrong features (a defect of earlier versions of Scan Urba): it has been rebuilt, the features themselves are unchanged.</source>
        <translation>Dans le résultat {file}, l'index spatial de {layers} désignait de mauvais objets (un défaut des versions antérieures de Scan Urba) : il a été reconstruit, les objets eux-mêmes sont inchangés.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/detect.py" line="72" />
        <source>a GraceTHD export</source>
        <translation>un export GraceTHD</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/detect.py" line="74" />
        <source>an ANFR export</source>
        <translation>un export ANFR</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/detect.py" line="90" />
        <source>No ZONE_URBA layer in {path}: this folder looks like {dataset} ({tables}…); choose the plan's folder (PLU, PLUi or carte communale).</source>
        <translation>Aucune couche ZONE_URBA dans {path} : ce dossier ressemble à {dataset} ({tables}…) ; choisissez le dossier du PLU (ou du PLUi, de la carte communale).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/date_field.py" line="65" />
        <source>dd/mm/yyyy (not given)</source>
        <translation>jj/mm/aaaa (non renseignée)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/date_field.py" line="73" />
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/date_field.py" line="114" />
        <source>« {typed} » is not a date: type it as dd/mm/yyyy (15/10/2026).</source>
        <translation>« {typed} » n'est pas une date : saisissez-la sous la forme jj/mm/aaaa (15/10/2026).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="363" />
        <source>The scan's GeoPackage and the opinions go there; left empty, in « scan_urba » beside the plan.</source>
        <translation>Le GeoPackage de l'analyse et les avis y sont écrits ; laissé vide, dans « scan_urba » à côté du plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="365" />
        <source>Results folder</source>
        <translation>Dossier des résultats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="370" />
        <source>named after the plan, in the results folder, if left empty</source>
        <translation>au nom du plan, dans le dossier des résultats, si laissé vide</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="462" />
        <source>read in the written pieces if left empty</source>
        <translation>lu dans les pièces écrites si laissé vide</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="463" />
        <source>The commune's name as the opinion writes it (« PLU de la commune de … »).</source>
        <translation>Le nom de la commune tel que l'avis l'écrit (« PLU de la commune de … »).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="466" />
        <source>The date the procedure was prescribed: it decides the plan's content regime and, from 26 May 2026, the procedure's wording.</source>
        <translation>La date de prescription de la procédure : elle fixe le régime du contenu du plan et, à partir du 26 mai 2026, les termes de la procédure.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="479" />
        <source>contribution (digital section)</source>
        <translation>contribution (volet numérique)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="484" />
        <source>Commune's name</source>
        <translation>Nom de la commune</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="639" />
        <source>Procedure prescribed on</source>
        <translation>Procédure prescrite le</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="489" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="521" />
        <source>Received before the arrêt ({date}): check the two dates.</source>
        <translation>Reçu avant l'arrêt ({date}) : vérifiez les deux dates.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="645" />
        <source>These data were chosen for the plan of {before}: {fields}. Check or clear them for {now}.</source>
        <translation>Ces données ont été choisies pour le plan de {before} : {fields}. Vérifiez-les ou videz-les pour {now}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="683" />
        <source>« Communes »: {entries} is neither an INSEE code (five characters, as 30014 or 2A004) nor a document's IDURBA.</source>
        <translation>« Communes » : {entries} n'est ni un code INSEE (cinq caractères, comme 30014 ou 2A004) ni l'IDURBA d'un document.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="688" />
        <source>« Communes »: {entries} is not the commune of the plan given, which is the PLU of {insee} only.</source>
        <translation>« Communes » : {entries} n'est pas la commune du plan fourni, qui est le PLU de la seule commune {insee}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="965" />
        <source>{what}
In {folder}.</source>
        <translation>{what}
Dans {folder}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="974" />
        <source>No program opened {name}: open it from its folder.</source>
        <translation>Aucun programme n'a ouvert {name} : ouvrez-le depuis son dossier.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="79" />
        <source>The file's receipt date ({receipt}) is earlier than the arrêt date ({arret}): a file is received after the draft is adopted; check the two dates.</source>
        <translation>La date de réception du dossier ({receipt}) précède la date d'arrêt ({arret}) : un dossier est reçu après l'arrêt du projet ; vérifiez les deux dates.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="138" />
        <source>No document of the scan for {entries} (give IDURBA or INSEE codes; the scan holds one document, {first}).</source>
        <translation>Aucun document de l'analyse pour {entries} (donnez des IDURBA ou des codes INSEE ; l'analyse porte sur un seul document, {first}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="343" />
        <source>Opinion written on the draft plan adopted (projet arrêté){arret}</source>
        <translation>Avis rédigé sur le projet arrêté{arret}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="343" />
        <source> on {date}</source>
        <translation> le {date}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="345" />
        <source>; the opinion is due by {date}.</source>
        <translation> ; avis à rendre au plus tard le {date}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="345" />
        <source>; receipt date not given: no deadline.</source>
        <translation> ; date de réception non renseignée : délai non calculé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="348" />
        <source>Opinion written on the modification of the plan.</source>
        <translation>Avis rédigé sur la modification du plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="351" />
        <source>Analysis note written: the plan given is approved{approval}, it is not a draft adopted (projet arrêté)</source>
        <translation>Note d'analyse rédigée : le plan fourni est approuvé{approval}, ce n'est pas un projet arrêté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="361" />
        <source>arrêt</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="361" />
        <source>receipt</source>
        <translation>réception</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="365" />
        <source>; the dates typed ({names}) were not used</source>
        <translation> ; les dates saisies ({names}) n'ont pas été retenues</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="366" />
        <source>; the date typed ({names}) was not used</source>
        <translation> ; la date saisie ({names}) n'a pas été retenue</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="355" />
        <source>Analysis note written: the data given disagree on the plan's stage ({reasons}); no opinion can be given.</source>
        <translation>Note d'analyse rédigée : les données fournies se contredisent sur l'état du plan ({reasons}) ; aucun avis ne peut être rendu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="519" />
        <source>What was written, in words</source>
        <translation>Ce qui a été rédigé, en mots</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>SCOT sectors with reinforced digital criteria (DOO)</source>
        <translation>Secteurs du SCOT à critères numériques renforcés (DOO)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/parameters.py" line="76" />
        <source>SCOT sectors (DOO)</source>
        <translation>Secteurs du SCOT (DOO)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/scan_inputs.py" line="198" />
        <source>the SCOT's sectors with reinforced digital criteria</source>
        <translation>les secteurs du DOO du SCOT à critères numériques renforcés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/scan_inputs.py" line="199" />
        <source>the agglomération</source>
        <translation>l'agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/scan_inputs.py" line="208" />
        <source>The layer {layer} ({file}) given for {input} has no geometry: choose the polygon layer itself (for a SCOT, in its Donnees_geographiques folder).</source>
        <translation>La couche {layer} ({file}) donnée pour {input} n'a pas de géométrie : choisissez la couche de polygones elle-même (pour un SCOT, dans son dossier Donnees_geographiques).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="48" />
        <source>The ANFR antenna sites given do not cover the plan: they lie {distance} away.</source>
        <translation>Les sites d’antennes ANFR fournis ne recouvrent pas le plan : ils sont à {distance}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/perimeter.py" line="50" />
        <source>The ARCEP sites given do not cover the plan: they lie {distance} away.</source>
        <translation>Les sites ARCEP fournis ne recouvrent pas le plan : ils sont à {distance}.</translation>
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
        <translation>Laissée vide, la procédure est lue dans le plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="524" />
        <source>Prescribed after the arrêt ({date}): check the two dates.</source>
        <translation>Prescrite après l'arrêt ({date}) : vérifiez les deux dates.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="658" />
        <source>the commune {of_name}</source>
        <translation>la commune {of_name}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="659" />
        <source>the commune of INSEE code {insee}</source>
        <translation>la commune de code INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="74" />
        <source>The date the procedure was prescribed ({begun}) is later than the arrêt date ({arret}): a draft is adopted after its procedure began; check the two dates.</source>
        <translation>La date de prescription de la procédure ({begun}) est postérieure à la date d'arrêt ({arret}) : un projet est arrêté après l'engagement de sa procédure ; vérifiez les deux dates.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/avis.py" line="362" />
        <source>prescription</source>
        <translation>prescription</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="108" />
        <source>Give the {inputs} layer to evaluate this point.</source>
        <translation>Fournir la couche {inputs} pour évaluer ce point.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="132" />
        <source>the {inputs} files given lie outside the plan ({distances} away)</source>
        <translation>les fichiers {inputs} fournis sont hors du plan (à {distances})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="23" />
        <source>The Département could not examine the PADD sent, whose file holds no readable text; it asks to receive a readable version of it.</source>
        <translation>Le Département n'a pu examiner le PADD transmis, dont le fichier ne contient pas de texte lisible ; il demande à en recevoir une version lisible.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="26" />
        <source>The Département could not examine the written règlement sent, whose file holds no readable text; it asks to receive a readable version of it.</source>
        <translation>Le Département n'a pu examiner le règlement écrit transmis, dont le fichier ne contient pas de texte lisible ; il demande à en recevoir une version lisible.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="29" />
        <source>The Département could not examine the OAP sent, whose file holds no readable text; it asks to receive a readable version of them.</source>
        <translation>Le Département n'a pu examiner les OAP transmises, dont le fichier ne contient pas de texte lisible ; il demande à en recevoir une version lisible.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="35" />
        <source>{given} holds no usable text (a document of a few words)</source>
        <translation>{given} ne contient pas de texte exploitable (document de quelques mots)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="76" />
        <source>{given} could not be read: no zone chapter was found in its text</source>
        <translation>{given} n'a pas pu être lu : aucun chapitre de zone n'a été trouvé dans son texte</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/pieces/unread.py" line="79" />
        <source>{given} could not be read as a piece of the plan</source>
        <translation>{given} n'a pas pu être lu comme une pièce du plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="301" />
        <source>trench</source>
        <translation>tranchée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="301" />
        <source>trenches</source>
        <translation>tranchées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="303" />
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="303" />
        <source>needs</source>
        <translation>besoins</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="305" />
        <source>Trenches of other works able to carry the needs: {trenches} for {needs}, {length} of trench in all (each trench counted once, rows of internal coordination apart); civil-works cost of such trenches of the order of {low} to {high} (CETE de l'Ouest reference, undated, not updated), shared under each legal basis or agreement, not saved whole.</source>
        <translation>Tranchées de travaux de tiers pouvant porter les besoins : {trenches} pour {needs}, {length} de tranchée au total (chaque tranchée comptée une fois, lignes de coordination interne à part) ; coût de génie civil de telles tranchées de l'ordre de {low} à {high} (référence du CETE de l'Ouest, non datée, non actualisée), partagé selon chaque fondement ou convention, non économisé en entier.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="298" />
        <source>{support} is between {known} and {d} from the nearest fibre route (the routes beyond the plan's margin were not read): fibring it would take a trench costing about {cost_low} to {cost} ({range}).</source>
        <translation>{support} se trouve entre {known} et {d} du cheminement du RIP le plus proche (les cheminements situés au-delà de la marge d'analyse n'ont pas été lus) : le fibrer demanderait une tranchée d'un coût d'environ {cost_low} à {cost} ({range}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="157" />
        <source>Zone {label} ({area}): {existing} of the zone within reach of the existing RIP network recorded, {planned} within reach of the RIP routes planned (not built yet). {basis}</source>
        <translation>Zone {label} ({area}) : {existing} de la zone à portée du réseau existant du RIP recensé, {planned} à portée des cheminements du RIP prévus (non encore construits). {basis}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="323" />
        <source>Future public road “{label}”: plan the laying of ducts and chambers for electronic communications when the road is built.</source>
        <translation>Voie publique future « {label} » : prévoir la pose de fourreaux et de chambres pour les communications électroniques lors de la réalisation de la voie.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="327" />
        <source>Reserved site n° {n}, future public road: plan the laying of ducts and chambers for electronic communications when the road is built.</source>
        <translation>Emplacement réservé n° {n}, voie publique future : prévoir la pose de fourreaux et de chambres pour les communications électroniques lors de la réalisation de la voie.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="329" />
        <source>Reserved site n° {n}, future public road “{purpose}”: plan the laying of ducts and chambers for electronic communications when the road is built.</source>
        <translation>Emplacement réservé n° {n}, voie publique future « {purpose} » : prévoir la pose de fourreaux et de chambres pour les communications électroniques lors de la réalisation de la voie.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="38" />
        <source>Is the Département the organising authority of the RIP?</source>
        <translation>Le Département est-il l'autorité organisatrice du RIP ?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="53" />
        <source>According to the owner of the GraceTHD works</source>
        <translation>Selon le propriétaire des ouvrages GraceTHD</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="53" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/avis_settings_dialog.py" line="53" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="251" />
        <source>{support} is planned in {where}.</source>
        <translation>{support} est projeté dans {where}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="251" />
        <source>{support} stands in {where}.</source>
        <translation>{support} est situé dans {where}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l113_2_points_hauts.py" line="70" />
        <source>Before approval, exclude from the EBC the strictly needed footprint, or move the project out of it; neither an emplacement réservé inside the EBC nor a servitude de localisation (U and AU zones only) resolves the conflict.</source>
        <translation>Avant l'approbation, exclure de l'EBC l'emprise strictement nécessaire ou implanter le projet hors de l'EBC ; ni un emplacement réservé dans l'EBC ni une servitude de localisation (zones U et AU seulement) ne résolvent le conflit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="73" />
        <source>{support} is planned there</source>
        <translation>{support} y est projeté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="73" />
        <source>{supports} are planned there</source>
        <translation>{supports} y sont projetés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="103" />
        <source> Combined with the ban on antennas (page {page}: « {quote} »), no site can be built.</source>
        <translation> Combiné à l'interdiction des antennes (page {page} : « {quote} »), il interdit toute implantation.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_11_zones_a_n.py" line="110" />
        <source>Zone {label}: the written règlement (zone chapter, page {page}) does not provide for the constructions and installations needed by collective equipment or public services; {stand}.</source>
        <translation>Zone {label} : le règlement écrit (chapitre de la zone, page {page}) ne prévoit pas les constructions et installations nécessaires à des équipements collectifs ou à des services publics ; {stand}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="115" />
        <source>The règlement graphique delimits on {share} of zone {label} a sector under article L151-40 (« {sector} »), but the written règlement ({where}) does not define the reinforced criteria; {said}.</source>
        <translation>Le règlement graphique délimite sur {share} de la zone {label} un secteur au titre de l'article L151-40 (« {sector} »), mais le règlement écrit ({where}) ne définit pas les critères de qualité renforcés ; {said}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="262" />
        <source>{support} already stands there, and the ER's purpose does not say whether the planned mast replaces it or shares it</source>
        <translation>{support} s'y trouve déjà, et l'objet de l'emplacement ne dit pas si le pylône prévu le remplace ou le partage</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="138" />
        <source>Zone {label}: the règlement graphique lays {extent} the prescription « {prescription} », while the written règlement ({where}) says: {said}. The two rules disagree: {why}.</source>
        <translation>Zone {label} : le règlement graphique impose {extent} la prescription « {prescription} », alors que le règlement écrit ({where}) dispose : {said}. Les deux règles ne concordent pas : {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="186" />
        <source>on the whole zone</source>
        <translation>sur toute la zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_coherence.py" line="187" />
        <source>on {share} of the zone</source>
        <translation>sur {share} de la zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="341" />
        <source>planned {place}</source>
        <translation>projeté {place}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Look in:</source>
        <translation>Voir dans :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Files of type:</source>
        <translation>Fichiers de type :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Directory:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existe déjà.
Voulez-vous le remplacer ?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>List View</source>
        <translation>Affichage en liste</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Detail View</source>
        <translation>Affichage détaillé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fichiers cac&amp;hés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Date Modified</source>
        <translation>Date de modification</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/translation.py" line="22" />
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
</TS>