from concord.cli import main

main()
