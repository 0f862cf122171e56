// Every unit test renders runs as the CLI does: the run's words are there from the start.
import '../src/i18n/run-words-now';
