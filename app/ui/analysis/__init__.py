"""Miles & Huberman's analysis stages: reduction, displays, conclusions, triangulation, excerpts."""
