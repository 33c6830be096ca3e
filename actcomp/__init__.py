__version__ = "0.1.0"

import warnings
# fastai's import calls `torch.jit.script`, which torch deprecates with a FutureWarning: a dependency's noise, not
# actcomp's to act on. Filtered here, the package's first line to run, so that it reaches no user of actcomp.
warnings.filterwarnings("ignore", category=FutureWarning, message=r".*torch\.jit\.script.*")
