"""Storage: the only package that imports peewee. Services reach the database through it."""
