"""Package data: this folder is installed as the resource package kg.resources.corpus (see kg/resources and pyproject.toml)."""
