#!/usr/bin/env python3
"""check-screenshots.py: every screenshot the metainfo lists is a file of data/screenshots.

appstreamcli validate --no-net cannot fetch the images, so a renamed or
dropped screenshot would only show as a broken image in a software centre.

usage: check-screenshots.py METAINFO SCREENSHOTS_DIR
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

PREFIX = 'https://raw.githubusercontent.com/refscope/refscope/main/data/screenshots/'


def main():
    metainfo, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    images = [image.text.strip() for image in ET.parse(metainfo).iter('image')]
    if not images:
        sys.exit('FAIL: the metainfo lists no screenshot')
    for url in images:
        if not url.startswith(PREFIX) or not (folder / url[len(PREFIX):]).is_file():
            sys.exit('FAIL: %s is not a file of %s' % (url, folder))


if __name__ == '__main__':
    main()
