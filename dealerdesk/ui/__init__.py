"""The window: the only package that imports PySide6. Screens call services, nothing else."""
