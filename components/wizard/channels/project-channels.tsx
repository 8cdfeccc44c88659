"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import type { ChannelInput } from "@/lib/validation/channels";

interface ProjectChannels {
  projectId: string;
  channels: readonly ChannelInput[];
  /** Replaces the list with the server's answer after "add a channel". */
  update: (channels: readonly ChannelInput[]) => void;
}

const Context = createContext<ProjectChannels | null>(null);

/**
 * The project's channels for every picker of a step page: one added in one persona or row
 * shows up at once in all the others.
 */
export function ProjectChannelsProvider({
  projectId,
  initial,
  children,
}: {
  projectId: string;
  initial: readonly ChannelInput[];
  children: ReactNode;
}) {
  const [channels, update] = useState(initial);
  return <Context.Provider value={{ projectId, channels, update }}>{children}</Context.Provider>;
}

export function useProjectChannels(): ProjectChannels {
  const value = useContext(Context);
  if (!value) throw new Error("useProjectChannels needs a ProjectChannelsProvider around the step form.");
  return value;
}
