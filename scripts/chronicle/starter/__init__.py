"""Templates of the files `chronicle init` writes into a new project (see init_project.py)."""
