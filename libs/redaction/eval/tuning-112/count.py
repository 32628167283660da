#!/usr/bin/env python3
"""Count and check the marks of tuning-60 (tuning set, written blind by a helper, 2026-12-05; may be tuned on): runs the one checker for every set, ../check_marks.py, on this folder."""
import pathlib
import runpy
import sys

here = pathlib.Path(__file__).resolve().parent
sys.argv = [str(here.parent / "check_marks.py"), str(here)]
runpy.run_path(sys.argv[0], run_name="__main__")
