"""Package data: this folder is installed as the resource package kg.resources.ontology (see kg/resources and pyproject.toml)."""
