// Playback controls and the timeline scrubber with markers for actions and violations.

import { SPEED_LOG_MAX, SPEED_LOG_MIN } from '../store/app-store';
import { useAppStore } from './store-context';
import { formatMs, formatSpeed } from './format';
import { Icon } from './Icon';
import { RunProgress } from './RunProgress';
import { t } from '../i18n/translate';

const VIOLATION_MARKERS_MAX = 60;
const ACTION_MARKERS_MAX = 400;

export function PlaybackBar() {
  const playing = useAppStore((s) => s.playing);
  const togglePlay = useAppStore((s) => s.togglePlay);
  const stepForward = useAppStore((s) => s.stepForward);
  const stepBack = useAppStore((s) => s.stepBack);
  const speedLog = useAppStore((s) => s.speedLog);
  const setSpeedLog = useAppStore((s) => s.setSpeedLog);
  return (
    <div className="playback" id="playback">
      <Timeline />
      <RunProgress />
      <div className="playback-row">
        <div className="playback-buttons">
          <button type="button" onClick={stepBack} aria-label={t('controls.stepBack')} title={t('controls.stepBackHint')}>
            <Icon name="stepBack" />
          </button>
          <button type="button" className="primary play" onClick={togglePlay} aria-label={playing ? t('controls.pause') : t('controls.play')} title={t('controls.playHint')}>
            <Icon name={playing ? 'pause' : 'play'} />
          </button>
          <button type="button" onClick={stepForward} aria-label={t('controls.stepForward')} title={t('controls.stepForwardHint')}>
            <Icon name="stepForward" />
          </button>
        </div>
        <Clock />
        <label className="speed">
          <span>{t('controls.speed')}</span>
          <input
            type="range"
            min={SPEED_LOG_MIN}
            max={SPEED_LOG_MAX}
            step={0.1}
            value={speedLog}
            aria-valuetext={formatSpeed(speedLog)}
            onChange={(event) => setSpeedLog(Number(event.target.value))}
          />
          <output>{formatSpeed(speedLog)}</output>
        </label>
      </div>
    </div>
  );
}

// The clock and the scrubber follow the panel time (a few updates a second while playing, exact
// when paused): updating a range input and a text every frame costs a layout per frame.
function Clock() {
  const time = useAppStore((s) => s.panelTime);
  const until = useAppStore((s) => s.scenario.until);
  return (
    <output className="clock" aria-label={t('controls.clock')} data-time={time}>
      <span className="clock-now">{formatMs(time)}</span>
      <span className="clock-until"> / {formatMs(until)}</span>
    </output>
  );
}

function Timeline() {
  const time = useAppStore((s) => s.panelTime);
  const until = useAppStore((s) => s.scenario.until);
  const actions = useAppStore((s) => s.scenario.actions);
  const violations = useAppStore((s) => s.run.violations);
  const selectedViolation = useAppStore((s) => s.selectedViolation);
  const setTime = useAppStore((s) => s.setTime);
  const pause = useAppStore((s) => s.pause);
  const selectViolation = useAppStore((s) => s.selectViolation);
  const showWholeRun = useAppStore((s) => s.showWholeRun);
  // Hiding the future: no marker past the playhead.
  const shown = (at: number) => showWholeRun || at <= time;
  // Percent of the timeline's width, clamped to it.
  const x = (at: number) => (until > 0 ? Math.min(100, Math.max(0, (100 * at) / until)) : 0);
  return (
    <div className="timeline">
      <div className="markers">
        {actions.slice(0, ACTION_MARKERS_MAX).map((action, i) =>
          shown(action.at) && (
          // Pointer only (keyboard users reach every action through the event log): a button
          // per action would put hundreds of stops in the tab order.
          <span
            key={i}
            className={`marker action-marker action-${action.do}`}
            style={{ left: `${x(action.at)}%` }}
            title={t('controls.actionMarker', { action: t(`controls.actionKind.${action.do}`), at: action.at })}
            aria-hidden="true"
            onClick={() => {
              pause();
              setTime(action.at);
            }}
          />
          ),
        )}
        {violations.slice(0, VIOLATION_MARKERS_MAX).map((violation, i) =>
          shown(violation.at) && (
          <button
            key={`v${i}`}
            type="button"
            className={`marker violation-marker${selectedViolation === i ? ' selected' : ''}`}
            style={{ left: `${x(violation.at)}%` }}
            aria-label={t('controls.violationMarker', { invariant: violation.invariant, at: violation.at })}
            title={t('controls.violationMarkerHint', { invariant: violation.invariant, at: violation.at })}
            onClick={() => selectViolation(i)}
          />
          ),
        )}
      </div>
      <input
        type="range"
        className="scrubber"
        aria-label={t('controls.timeline')}
        min={0}
        max={until}
        step={1}
        value={time}
        aria-valuetext={formatMs(time)}
        onChange={(event) => {
          pause();
          setTime(Number(event.target.value));
        }}
      />
    </div>
  );
}
