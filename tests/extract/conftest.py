"""Shared helpers of the extraction tests (`handmade.build`)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # for `from handmade import build`
