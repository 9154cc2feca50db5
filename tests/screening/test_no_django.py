import subprocess
import sys


def test_screening_imports_no_django():
    code = "import sys, chaperone.screening; sys.exit('django' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_exported_members_are_sorted_and_real():
    import chaperone.screening as screening

    assert screening.__all__ == sorted(screening.__all__)
    assert all(hasattr(screening, name) for name in screening.__all__)
