import { Component, type ReactNode } from 'react';
import { translate } from '../i18n';
import { useLesson } from '../store';

/**
 * Last line of defence: if a panel throws, show a readable message and a way back instead of a blank
 * page or a stack trace. Resetting returns the store to its last good lesson.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.warn('panel failed', error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const lang = useLesson.getState().lang;
    return (
      <div className="crash" role="alert">
        <p>{translate(lang, 'error.crash')}</p>
        <button
          type="button"
          onClick={() => {
            useLesson.getState().reset();
            this.setState({ failed: false });
          }}
        >
          {translate(lang, 'controls.reset')}
        </button>
      </div>
    );
  }
}
