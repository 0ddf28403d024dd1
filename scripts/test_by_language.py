"""Tests of scripts/by-language: an article's language from its function
words, and the shared scorer's counts summed per language."""

import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "by-language")


def load():
    loader = importlib.machinery.SourceFileLoader("by_language", SCRIPT)
    spec = importlib.util.spec_from_loader("by_language", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


class LanguageTest(unittest.TestCase):
    def test_language(self):
        bl = load()
        cases = {
            "en": "Ana Selo will star in Harbor, the new drama of the network, with Tom Vale as her brother.",
            "de": "Ana Selo spielt in der neuen Serie „Harbor“ die Hauptrolle, und Tom Vale ist mit dabei.",
            "fr": "Ana Selo incarne Mira dans la série Harbor, avec Tom Vale dans le rôle de son frère.",
            "es": "Ana Selo protagoniza la serie Harbor, con Tom Vale en el papel de su hermano.",
            "nl": "Ana Selo speelt de hoofdrol in de serie Harbor en Tom Vale is te zien als haar broer.",
            "sv": "Ana Selo spelar huvudrollen i serien Harbor och Tom Vale är med som hennes bror.",
            "da": "Ana Selo spiller hovedrollen i serien Harbor, og Tom Vale er med som broren af hende.",
            "no": "Ana Selo spiller hovedrollen i serien Harbor, og Tom Vale er med som broren av henne.",
            "pl": "Ana Selo zagra główną rolę w serialu Harbor, a Tom Vale wystąpi jako jej brat i się pojawi.",
        }
        for code, text in cases.items():
            self.assertEqual(bl.language(text), code, text)

    def test_counts_per_language(self):
        shared = os.environ.get("CASTGRAPH_SHARED") or os.path.join(HERE, "..", "..", "shared")
        if not os.path.exists(os.path.join(shared, "tools", "score-facts")):
            self.fail(f"the shared scorer is missing under {shared}")
        with tempfile.TemporaryDirectory() as tmp:
            gold, pred = os.path.join(tmp, "gold"), os.path.join(tmp, "pred")
            os.makedirs(gold)
            os.makedirs(pred)
            articles = {
                "harbor": ("Ana Selo and Tom Vale star in Harbor, the new drama of the network.",
                           [("Ana Selo", "Harbor"), ("Tom Vale", "Harbor")], [("Ana Selo", "Harbor")]),
                "lantern": ("Ana Selo spielt in der Serie Lantern mit, und Tom Vale ist auch dabei.",
                            [("Ana Selo", "Lantern"), ("Tom Vale", "Lantern")], [("Ana Selo", "Lantern"), ("Tom Vale", "Kestrel")]),
            }
            for name, (text, gold_facts, pred_facts) in articles.items():
                with open(os.path.join(gold, name + ".txt"), "w", encoding="utf-8") as f:
                    f.write(text + "\n")
                for d, facts in ((gold, gold_facts), (pred, pred_facts)):
                    with open(os.path.join(d, name + ".jsonl"), "w", encoding="utf-8") as f:
                        for person, show in facts:
                            f.write(json.dumps({"kind": "cast", "person": person, "show": show}) + "\n")
            out = subprocess.run([sys.executable, SCRIPT, gold, pred], capture_output=True, text=True,
                                 env=dict(os.environ, CASTGRAPH_SHARED=shared))
            self.assertEqual(out.returncode, 0, out.stderr)
            rows = {line.split()[0]: line.split()[1:5] for line in out.stdout.splitlines()[1:]}
            self.assertEqual(rows["English"], ["1", "1", "1", "2"])
            self.assertEqual(rows["German"], ["1", "1", "2", "2"])

    def test_missing_directory(self):
        out = subprocess.run([sys.executable, SCRIPT, "no-such-gold", "no-such-pred"], capture_output=True, text=True)
        self.assertNotEqual(out.returncode, 0)
        self.assertIn("no-such-gold is not a directory", out.stderr)


if __name__ == "__main__":
    unittest.main()
