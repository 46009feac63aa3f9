import { PrimaryActionButton } from '@utrecht/component-library-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import './ErrorBoundary.css';

interface Props {
  message: string;
  reloadLabel: string;
  children: ReactNode;
}

/** A rendering bug shows a message with a way out instead of a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Kennisgraaf: rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="crash" role="alert" data-testid="crash">
        <p>{this.props.message}</p>
        <PrimaryActionButton onClick={() => window.location.reload()}>
          {this.props.reloadLabel}
        </PrimaryActionButton>
      </div>
    );
  }
}
