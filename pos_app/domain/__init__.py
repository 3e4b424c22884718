"""Pure domain: money, cards, value objects and the error tree. Standard library only."""
