'use client';
// The main entry, `okr-balance`: the core, re-exported, and the React widgets.
export * from './core';
export * from './react';
