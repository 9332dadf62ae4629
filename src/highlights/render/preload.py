"""The libraries every render lane's template loads before its lane's warm-up
(`highlights.render.templates`): the single faces first, then WeasyPrint and Pillow."""

from highlights.single_faces import use_single_faces

use_single_faces()  # before WeasyPrint is imported: fontconfig reads its files then

from highlights.warm import warm_libraries  # noqa: E402

warm_libraries()
