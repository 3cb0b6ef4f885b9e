#!/usr/bin/python3
"""The basic profile in pydicom, as a user would script it: what `run-compare-bench` times against `veil deid`.

    pydicom_basic.py ACTIONS.tsv KEY_HEX IN OUT

ACTIONS.tsv comes from veil.bench.compare.ProfileActions (Veil's resolved basic profile: tag, keyword, VR, code).
Per file: read it whole, remove private attributes, then at every depth X remove, Z empty, D dummy, U a keyed UID
(2.25 + HMAC-SHA256 of the original, so it is the same in every file), P a keyed pseudonym; write it to the same
relative path under OUT. Uses Debian's python3-pydicom (2.3).
"""
import hashlib
import hmac
import os
import sys

import pydicom
from pydicom.dataelem import DataElement
from pydicom.sequence import Sequence

DUMMY = {"DA": "19000101", "TM": "000000", "DT": "19000101000000", "PN": "ANONYMOUS", "AS": "000Y",
         "IS": "0", "DS": "0", "US": 0, "SS": 0, "UL": 0, "SL": 0, "FL": 0.0, "FD": 0.0, "UV": 0, "SV": 0}


def load_actions(path):
    actions = {}
    with open(path) as f:
        for line in f:
            tag, _keyword, vr, code = line.rstrip("\n").split("\t")
            group, element = tag.split(",")
            actions[int(group, 16) << 16 | int(element, 16)] = (vr, code)
    return actions


class Basic:
    def __init__(self, actions, key):
        self.actions = actions
        self.key = key

    def uid(self, value):
        digest = hmac.new(self.key, b"uid" + str(value).encode("ascii", "replace"), hashlib.sha256).digest()
        return "2.25." + str(int.from_bytes(digest[:16], "big"))

    def pseudonym(self, value):
        return "VEIL" + hmac.new(self.key, b"patient" + str(value).encode("utf-8", "replace"), hashlib.sha256).hexdigest()[:10].upper()

    def apply(self, ds):
        for elem in list(ds):
            action = self.actions.get(int(elem.tag))
            code = action[1] if action else "K"
            if code == "X":
                del ds[elem.tag]
                continue
            if code == "Z":
                elem.value = Sequence() if elem.VR == "SQ" else None
                continue
            if code == "D":
                if elem.VR == "SQ":
                    elem.value = Sequence()
                elif elem.VR in ("OB", "OW", "UN"):
                    elem.value = b""
                else:
                    elem.value = DUMMY.get(elem.VR, "ANONYMOUS")
                continue
            if code == "U" and elem.value:
                values = elem.value if elem.VM > 1 else [elem.value]
                mapped = [self.uid(v) for v in values]
                elem.value = mapped if elem.VM > 1 else mapped[0]
                continue
            if code == "P":
                elem.value = self.pseudonym(elem.value)
                continue
            if elem.VR == "SQ":
                for item in elem.value:
                    self.apply(item)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    basic = Basic(load_actions(sys.argv[1]), bytes.fromhex(sys.argv[2]))
    src, dst = sys.argv[3], sys.argv[4]
    done = 0
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            try:
                ds = pydicom.dcmread(path)
            except pydicom.errors.InvalidDicomError:
                continue
            ds.remove_private_tags()
            basic.apply(ds)
            # File meta: the new SOP Instance UID, as the dataset now has it.
            if "SOPInstanceUID" in ds:
                ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
            out = os.path.join(dst, os.path.relpath(path, src))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            ds.save_as(out, write_like_original=True)
            done += 1
    print(f"pydicom_basic: {done} file(s) written", file=sys.stderr)


if __name__ == "__main__":
    main()
