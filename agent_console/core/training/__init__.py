"""Role-play training without Qt: scenario files, the scripted customer, automatic scoring.

Trainers write scenarios as YAML files (``resources/scenarios``, format in docs/SCENARIOS.md);
``loader`` turns one into a validated ``schema.Scenario`` or names every problem by file and
line; ``engine`` plays the customer deterministically from the trainee's replies and the time
passed in; ``scoring`` grades the transcript. The training screens sit on top of these.
"""
