"""Imported by the render workers' template process before it forks any worker: warms it up.

(`multiprocessing` can only preload modules, so this one's import is its job.)
"""

from highlights.warm import warm_libraries

warm_libraries()
