"use client";
import { Component, type ReactNode } from "react";

/**
 * Shows `fallback` in place of children that throw, in the browser only: a
 * server render leaves an error to the nearest Suspense boundary, whose own
 * fallback is the HTML. Used around a child that always throws Next's
 * not-found error (app/_routes/not-found.tsx), so the page the browser draws
 * is the one the server sent, not the layout's not-found boundary.
 */
export class ThrownFallback extends Component<{ fallback: ReactNode; children: ReactNode }, { thrown: boolean }> {
  state = { thrown: false };

  static getDerivedStateFromError() {
    return { thrown: true };
  }

  render() {
    return this.state.thrown ? this.props.fallback : this.props.children;
  }
}
