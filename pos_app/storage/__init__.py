"""Storage: folders, the OS keychain, the settings file, runtime configuration and the journal.

Import from the modules themselves (`pos_app.storage.journal`, `pos_app.storage.config`, ...).
"""
