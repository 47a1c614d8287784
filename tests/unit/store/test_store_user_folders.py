"""The store tests keep backups, settings and cache inside their own tmp_path.

tests/unit/store/conftest.py replaces the suite's user_folders fixture; when it set
only XDG_* (which Windows ignores), the store tests' backups piled up in the real
%LOCALAPPDATA% under Wine and the backup-counting tests failed on the next run.
"""

from __future__ import annotations

from pathlib import Path

from smartdesk import paths


def test_backups_settings_and_cache_stay_in_the_tests_folder(tmp_path: Path) -> None:
    for folder in (paths.backups_dir(), paths.user_config_dir(), paths.user_cache_dir()):
        assert folder.resolve().is_relative_to(tmp_path.resolve()), folder
