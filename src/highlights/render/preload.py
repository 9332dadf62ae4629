"""Imported by the render workers' template process before it forks any worker: warms it up.

(`multiprocessing` can only preload modules, so this one's import is its job.)
"""

from highlights.single_faces import use_single_faces

use_single_faces()  # before WeasyPrint is imported: fontconfig reads its files then

from highlights.warm import warm_libraries  # noqa: E402

warm_libraries()
