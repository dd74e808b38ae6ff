"""The département's draft opinion (avis de personne publique associée) on a plan:
findings read as avis, the document built as blocks, written as ODT and DOCX."""
