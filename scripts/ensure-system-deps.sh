#!/usr/bin/env bash
# pretest: the tests drive a real spreadsheet engine (LibreOffice, whose PDFs poppler's pdftotext
# reads) and a real browser (Debian's Chromium). Install what is missing when we are root;
# otherwise stop with the exact command to run.
# Never skip: a test that cannot find its tool fails.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -i dejavu >/dev/null || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
cmd="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing ${missing[*]} (needed by the LibreOffice, PDF and Chromium tests)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  echo "pretest: the tests need ${missing[*]}. Run as root:" >&2
  echo "  sudo sh -c '$cmd'" >&2
  exit 1
fi
