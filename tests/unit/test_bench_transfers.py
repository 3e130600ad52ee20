"""The transfer benchmark's own logic (scripts/bench/transfers.py): workload sizes and the result checks that stop
a wrong transfer from counting as a fast one. No timing here: numbers come from `nox -s bench` only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from scripts.bench import transfers


def test_sets_parse_with_units_and_refuse_nonsense() -> None:
    sets = transfers.parse_sets("1x256MiB, 50x4MiB,1000x4KiB")
    assert [(s.count, s.size) for s in sets] == [(1, 256 * 2**20), (50, 4 * 2**20), (1000, 4096)]
    assert sets[2].workload("upload") == "upload-1000x4KiB"
    for bad in ("", "4MiB", "0x4KiB", "3x4kb", "2x0B"):
        with pytest.raises(ValueError):
            transfers.parse_sets(bad)


def test_sources_and_checks_catch_missing_extra_and_changed_files(tmp_path: Path) -> None:
    sets = transfers.parse_sets("1x3KiB,12x1KiB")
    manifest = transfers.make_sources(tmp_path / "src", sets)
    files = manifest["12x1KiB"]
    assert len(files) == 12 and len({rel.split("/")[0] for rel in files}) == 10  # spread over folders
    big = tmp_path / "src" / "1x3KiB" / "big.bin"
    assert manifest["1x3KiB"] == {"big.bin": (3072, hashlib.md5(big.read_bytes()).hexdigest())}

    assert transfers.check_download(tmp_path / "src" / "12x1KiB", files) is None
    victim = tmp_path / "src" / "12x1KiB" / next(iter(files))
    victim.write_bytes(b"\0" * 1024)  # same size, other bytes
    assert "differ" in (transfers.check_download(tmp_path / "src" / "12x1KiB", files) or "")
    victim.unlink()
    assert "1 missing" in (transfers.check_download(tmp_path / "src" / "12x1KiB", files) or "")

    stored = dict(files)
    assert transfers.check_upload(stored, files) is None
    assert transfers.check_upload(stored | {"extra.bin": (1, "x")}, files) is not None
    rel, (size, _) = next(iter(files.items()))
    assert transfers.check_upload(stored | {rel: (size, "0" * 32)}, files) is not None  # wrong MD5 ETag
    assert transfers.check_upload(stored | {rel: (size, "0" * 32 + "-2")}, files) is None  # multipart: size only


def test_targets_use_the_first_set_as_big_and_the_last_as_small() -> None:
    sets = transfers.parse_sets("1x12MiB,30x4KiB")
    med = {
        "upload-30x4KiB": {"provena": {"wall_s": 1.0}, "provenaclient": {"wall_s": 3.5}},
        "download-30x4KiB": {"provena": {"wall_s": 1.0}, "provenaclient": {"wall_s": 2.0}},
        "upload-1x12MiB": {"provena": {"wall_s": 2.0, "maxrss_kib": 100 * 1024},
                           "boto3-pool": {"wall_s": 1.9}, "s3transfer": {"wall_s": 1.7}},
    }  # fmt: skip
    got = {t["target"]: t["met"] for t in transfers.evaluate(med, sets)}
    assert got == {
        "upload-30x4KiB: wall, provenaclient / provena >= 3x": True,
        "download-30x4KiB: wall, provenaclient / provena >= 3x": False,
        "upload-1x12MiB: speed, provena / best tuned boto3 >= 0.9x": False,  # 1.7 / 2.0 = 0.85
        "download-1x12MiB: speed, provena / best tuned boto3 >= 0.9x": None,
        "upload-1x12MiB: provena peak RSS <= 150 MiB": True,
        "download-1x12MiB: provena peak RSS <= 150 MiB": None,
    }
