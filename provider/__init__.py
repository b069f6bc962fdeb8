"""The Processing provider ``patrol_planner`` and its algorithms."""
