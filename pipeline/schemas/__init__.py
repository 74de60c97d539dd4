"""JSON Schemas of the records tipline writes (see ``tipline schema NAME``)."""
