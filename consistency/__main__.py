"""python -m consistency"""

from .cli import main

main()
